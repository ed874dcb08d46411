import CCmark
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// Walks a parsed document once to gather its headings, links, images, callouts and raw HTML,
/// then reshapes the tree for the page: ids on headings, callout boxes, resolved links and
/// images with their size, unsafe links and (unless allowed) raw HTML removed.
///
/// libcmark allows changes only after a walk, so gathering and changing are two passes over what
/// was gathered, not over the whole tree.
struct TreeRewriter {
    let options: MarkdownOptions
    let resolver: any LinkResolver

    private var headings: [(CmarkNode, Heading)] = []
    private var links: [(CmarkNode, Link)] = []
    private var images: [(CmarkNode, Image)] = []
    private var quotes: [CmarkNode] = []
    private var rawHTML: [CmarkNode] = []
    private var rows: [CmarkNode] = []
    private var wordCount = 0
    /// After `rewrite`: the links still in the tree, and the nodes that draw each image.
    private(set) var keptLinks: [(CmarkNode, Link)] = []
    private(set) var drawnImages: [(CmarkNode, Image)] = []
    private var proseBlocks: [ProseBlock] = []
    /// The block whose words are being gathered, if any.
    private var openBlock: ProseBlock?
    /// The open block's words as UTF-8, made into its text once it ends (so the text takes no spare room).
    private var openText: [UInt8] = []
    private var imageDepth = 0
    /// Text outside pictures, when numbers are to be kept left to right.
    private var texts: [CmarkNode] = []

    init(options: MarkdownOptions, resolver: any LinkResolver) {
        self.options = options
        self.resolver = resolver
    }

    mutating func rewrite(_ document: CmarkNode) -> MarkdownDocument {
        gather(document)
        var result = MarkdownDocument(html: "", wordCount: wordCount)
        result.proseBlocks = proseBlocks
        result.rawHTML = rawHTML.map(\.position)
        guard options.pageExtras else { return result }
        // First, while every gathered text node is still in the tree (a callout's marker is removed below).
        for node in texts { Self.isolateNumbers(in: node) }

        for (node, link) in links {
            result.links.append(link)
            if link.isUnsafe {
                node.unwrap()
            } else {
                if let url = resolver.resolveLink(link.destination) { node.setURL(url) }
                if let marker = options.otherLanguageMarker, resolver.isOtherLanguage(link.destination),
                    let words = CmarkNode.custom(
                        block: false, enter: " <span class=\"other-language\">\(Escape.html(marker))</span>", exit: "")
                {
                    node.insertAfter(words)
                }
                keptLinks.append((node, link))
            }
        }
        for (node, image) in images {
            result.images.append(image)
            if let drawn = replace(node, image: image) { drawnImages.append((drawn, image)) }
        }
        if options.pictureRows {
            for paragraph in rows { makeRow(paragraph) }
        }
        if !options.allowRawHTML {
            for node in rawHTML { node.remove() }
        }
        var slugger = HeadingSlugger(reserved: options.reservedIDs)
        for (node, heading) in headings {
            var heading = heading
            heading.id = slugger.id(for: heading.text)
            result.headings.append(heading)
            let tag = "h\(heading.level)"
            if let block = CmarkNode.custom(
                block: true, enter: "<\(tag) id=\"\(Escape.attribute(heading.id))\">", exit: "</\(tag)>")
            {
                node.replace(with: block, keepingChildren: true)
            }
        }
        for quote in quotes {
            if let callout = makeCallout(quote) { result.callouts.append(callout) }
        }
        return result
    }

    private mutating func gather(_ document: CmarkNode) {
        guard let iterator = cmark_iter_new(document.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let node = CmarkNode(pointer: pointer)
            guard event == CMARK_EVENT_ENTER else {
                leave(node)
                continue
            }
            let type = node.type
            if imageDepth > 0 && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HTML_INLINE) {
                // Inside a picture's alt text only words count: replacing the picture frees what is inside it, so
                // nothing inside may be kept to change later.
                if type == CMARK_NODE_IMAGE { imageDepth += 1 }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT:
                let literal = Self.literal(pointer)
                wordCount += Self.countWords(literal)
                if options.isolatesNumbers && imageDepth == 0 { texts.append(node) }
                if imageDepth == 0 && openBlock != nil { openText.append(contentsOf: literal) }
            case CMARK_NODE_CODE:
                if imageDepth == 0 && openBlock != nil { openText.append(contentsOf: Self.literal(pointer)) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if imageDepth == 0 && openBlock != nil { openText.append(0x0A) }
            case CMARK_NODE_PARAGRAPH:
                let inItem = cmark_node_get_type(cmark_node_parent(pointer)) == CMARK_NODE_ITEM
                openBlock = ProseBlock(kind: inItem ? .listItem : .paragraph, text: "", position: node.position)
                openText.removeAll(keepingCapacity: true)
                if node.firstChild?.type == CMARK_NODE_IMAGE, node.parent?.type == CMARK_NODE_DOCUMENT {
                    rows.append(node)  // an easy-read row, made one when `pictureRows` is on
                }
            case CMARK_NODE_HEADING:
                openBlock = ProseBlock(kind: .heading, text: "", position: node.position)
                openText.removeAll(keepingCapacity: true)
                let heading = Heading(level: node.headingLevel, text: node.plainText, id: "", position: node.position)
                headings.append((node, heading))
            case CMARK_NODE_LINK:
                let link = Link(
                    destination: node.url, text: node.plainText, position: node.position,
                    isUnsafe: URLSafety.isUnsafe(node.url))
                links.append((node, link))
            case CMARK_NODE_IMAGE:
                imageDepth += 1
                let alt = node.plainText.trimmingWhitespace
                let decorative = alt.lowercased() == "decorative"
                let image = Image(source: node.url, alt: decorative ? "" : alt, isDecorative: decorative, position: node.position)
                images.append((node, image))
            case CMARK_NODE_BLOCK_QUOTE:
                quotes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(node)
            default:
                break
            }
        }
    }

    /// Puts an `img` tag where the image node was; returns the node that draws it.
    private func replace(_ node: CmarkNode, image: Image) -> CmarkNode? {
        guard let replacement = CmarkNode.custom(block: false, enter: Self.imageTag(image, resolver: resolver), exit: "") else {
            return nil
        }
        node.replace(with: replacement, keepingChildren: false)
        return replacement
    }

    /// Ends the text block a paragraph or heading started, and an image's alt text.
    private mutating func leave(_ node: CmarkNode) {
        switch node.type {
        case CMARK_NODE_IMAGE:
            imageDepth -= 1
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            if var block = openBlock {
                block.text = String(decoding: openText, as: UTF8.self)
                Self.dropCalloutMarker(&block)
                if !block.text.isEmpty { proseBlocks.append(block) }
            }
            openBlock = nil
        default:
            break
        }
    }

    /// A text or code node's bytes (libcmark's own, valid until the node changes); none for another node.
    private static func literal(_ node: OpaquePointer) -> UnsafeBufferPointer<UInt8> {
        guard let literal = cmark_node_get_literal(node) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
    }

    /// A callout's `[!TYPE]` is markup, not words; the line count stays right when it goes.
    private static func dropCalloutMarker(_ block: inout ProseBlock) {
        // Most blocks start and end with a letter or a mark of ASCII (not `[`): no marker, nothing to trim.
        let bytes = block.text.utf8
        if let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "["), String.isPlainASCII(first),
            String.isPlainASCII(last)
        {
            return
        }
        if let marker = CalloutMarker(block.text) { block.text = String(marker.rest) }
        let leading = block.text.prefix { $0 == " " || $0 == "\n" }
        block.position.line += leading.count { $0 == "\n" }
        if leading.contains("\n") { block.position.column = 1 }
        block.text = block.text.trimmingWhitespace
    }

    static func imageTag(_ image: Image, resolver: any LinkResolver) -> String {

        let resolved = URLSafety.isUnsafe(image.source) ? ResolvedImage(url: "") : resolver.resolveImage(image.source)
        var tag = "<img src=\"\(Escape.attribute(URLEncoding.encode(resolved?.url ?? image.source)))\""
        tag += " alt=\"\(Escape.attribute(image.alt))\""
        if let width = resolved?.width, let height = resolved?.height {
            tag += " width=\"\(width)\" height=\"\(height)\""
        }
        tag += " loading=\"lazy\">"
        return tag
    }

    /// Makes a paragraph that starts with a picture into an easy-read row: the picture on the left, the
    /// words on the right, with a list that follows the paragraph kept beside the same picture.
    private func makeRow(_ paragraph: CmarkNode) {
        guard let picture = paragraph.firstChild,
            let row = CmarkNode.custom(block: true, enter: "<div class=\"picture-row\">\n", exit: "</div>\n"),
            let pictureCell = CmarkNode.custom(block: true, enter: "<div class=\"picture-row__picture\">", exit: "</div>\n"),
            let wordsCell = CmarkNode.custom(block: true, enter: "<div class=\"picture-row__words\">\n", exit: "</div>\n"),
            let pictureParagraph = CmarkNode.make(CMARK_NODE_PARAGRAPH)
        else { return }
        let list = paragraph.next.flatMap { $0.type == CMARK_NODE_LIST ? $0 : nil }
        cmark_node_insert_before(paragraph.pointer, row.pointer)
        cmark_node_append_child(row.pointer, pictureCell.pointer)
        cmark_node_append_child(row.pointer, wordsCell.pointer)
        cmark_node_append_child(pictureParagraph.pointer, picture.pointer)
        cmark_node_append_child(pictureCell.pointer, pictureParagraph.pointer)
        while let first = paragraph.firstChild, first.type == CMARK_NODE_SOFTBREAK || first.type == CMARK_NODE_LINEBREAK {
            first.remove()
        }
        if paragraph.firstChild == nil {
            paragraph.remove()
        } else {
            cmark_node_append_child(wordsCell.pointer, paragraph.pointer)
        }
        if let list { cmark_node_append_child(wordsCell.pointer, list.pointer) }
    }

    /// Makes a `> [!TYPE]` quote into a callout box; leaves other quotes alone.
    private func makeCallout(_ quote: CmarkNode) -> Callout? {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
            let marker = paragraph.firstChild, marker.type == CMARK_NODE_TEXT
        else { return nil }
        guard let parsed = CalloutMarker(marker.literal) else { return nil }
        let kind = parsed.kind
        let rest = parsed.rest.trimmingWhitespace
        if rest.isEmpty {
            if let breakNode = marker.next, breakNode.type == CMARK_NODE_SOFTBREAK || breakNode.type == CMARK_NODE_LINEBREAK {
                breakNode.remove()
            }
            marker.remove()
            if paragraph.firstChild == nil { paragraph.remove() }
        } else {
            cmark_node_set_literal(marker.pointer, rest)
        }
        let callout = Callout(
            kind: kind, position: quote.position, containsLink: quote.contains(CMARK_NODE_LINK), text: quote.plainText)
        if let box = CmarkNode.custom(
            block: true, enter: kind.openingHTML(label: options.label(of: kind)), exit: kind.closingHTML)
        {
            quote.replace(with: box, keepingChildren: true)
        }
        return callout
    }

    private static func countWords(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in text {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
