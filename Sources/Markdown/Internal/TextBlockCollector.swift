import CCmark
import Utilities

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a parsed document (before it is reshaped) into plain-text blocks, in reading order.
struct TextBlockCollector {
    private(set) var blocks: [TextBlock] = []
    /// For the callouts' labels.
    let options: MarkdownOptions

    mutating func collect(_ node: CmarkNode, listDepth: Int = 0, isQuoted: Bool = false) {
        switch node.type {
        case CMARK_NODE_HEADING:
            blocks.append(
                TextBlock(
                    kind: .heading(level: node.headingLevel), lines: [Self.lines(of: node).joined(separator: " ")],
                    listDepth: listDepth, isQuoted: isQuoted, position: node.position))
        case CMARK_NODE_PARAGRAPH:
            paragraph(node, kind: .paragraph, listDepth: listDepth, isQuoted: isQuoted)
        case CMARK_NODE_LIST:
            var number = Int(cmark_node_get_list_start(node.pointer))
            let ordered = cmark_node_get_list_type(node.pointer) == CMARK_ORDERED_LIST
            for item in node.children {
                let marker = ordered ? "\(number)." : ""
                number += 1
                var first = true
                for child in item.children {
                    if first && child.type == CMARK_NODE_PARAGRAPH {
                        paragraph(child, kind: .listItem(marker: marker), listDepth: listDepth + 1, isQuoted: isQuoted)
                    } else {
                        collect(child, listDepth: listDepth + 1, isQuoted: isQuoted)
                    }
                    first = false
                }
            }
        case CMARK_NODE_BLOCK_QUOTE:
            if let kind = CalloutMarker(quote: node)?.kind {
                blocks.append(
                    TextBlock(
                        kind: .calloutLabel, lines: [options.label(of: kind)], listDepth: listDepth, isQuoted: true,
                        position: node.position))
            }
            for child in node.children { collect(child, listDepth: listDepth, isQuoted: true) }
        case CMARK_NODE_CODE_BLOCK:
            var line = node.position.line + 1
            for text in node.literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                blocks.append(
                    TextBlock(
                        kind: .preformatted, lines: [String(text)], listDepth: listDepth, isQuoted: isQuoted,
                        position: Position(line: line, column: node.position.column)))
                line += 1
            }
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
            break
        default:
            for child in node.children { collect(child, listDepth: listDepth, isQuoted: isQuoted) }
        }
    }

    private mutating func paragraph(_ node: CmarkNode, kind: TextBlock.Kind, listDepth: Int, isQuoted: Bool) {
        var picture: Image?
        var skip: Int32 = 0
        if let first = node.firstChild, first.type == CMARK_NODE_IMAGE {
            picture = Self.image(first)
            skip = 1
        }
        var lines = Self.lines(of: node, skippingFirst: skip)
        if isQuoted, let first = lines.first, first.hasPrefix("[!"), let close = first.firstIndex(of: "]"),
            CalloutKind(rawValue: first[first.index(first.startIndex, offsetBy: 2)..<close].uppercased()) != nil
        {
            lines[0] = first[first.index(after: close)...].trimmingWhitespace
        }
        if lines.allSatisfy(\.isEmpty) && picture == nil { return }
        blocks.append(
            TextBlock(
                kind: kind, lines: lines, picture: picture, listDepth: listDepth, isQuoted: isQuoted, position: node.position))
    }

    static func image(_ node: CmarkNode) -> Image {
        let alt = node.plainText.trimmingWhitespace
        let decorative = alt.lowercased() == "decorative"
        return Image(source: node.url, alt: decorative ? "" : alt, isDecorative: decorative, position: node.position)
    }

    /// The inline text of a block, one string a source line, spaces trimmed.
    private static func lines(of node: CmarkNode, skippingFirst skip: Int32 = 0) -> [String] {
        var lines = Lines()
        var index: Int32 = 0
        for child in node.children {
            defer { index += 1 }
            if index < skip { continue }
            append(child, to: &lines)
        }
        return lines.finished()
    }

    /// Lines made as bytes, each made a string once it ends.
    private struct Lines {
        var done: [String] = []
        var current: [UInt8] = []

        mutating func add(_ text: UnsafePointer<CChar>?) {
            guard let text else { return }
            current.append(contentsOf: UnsafeRawBufferPointer(start: text, count: strlen(text)))
        }

        mutating func add(_ text: String) { current.append(contentsOf: text.utf8) }

        mutating func endLine() {
            done.append(String(decoding: current, as: UTF8.self).trimmingWhitespace)
            current.removeAll(keepingCapacity: true)
        }

        mutating func finished() -> [String] {
            endLine()
            return done
        }
    }

    private static func append(_ node: CmarkNode, to lines: inout Lines) {
        switch node.type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            lines.add(cmark_node_get_literal(node.pointer))
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            lines.endLine()
        case CMARK_NODE_IMAGE:
            let image = image(node)
            if !image.isDecorative && !image.alt.isEmpty { lines.add("(picture: \(image.alt))") }
        case CMARK_NODE_LINK:
            for child in node.children { append(child, to: &lines) }
            if let address = spokenAddress(of: node.url, words: node.plainText) {
                lines.add(" (\(address))")
            }
        case CMARK_NODE_HTML_INLINE:
            break
        default:
            for child in node.children { append(child, to: &lines) }
        }
    }

    /// The address to add after a link's words, when they do not already say it; nil for links within the site.
    static func spokenAddress(of url: String, words: String) -> String? {
        let lower = url.lowercased()
        let address: String
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            address = String(url.drop { $0 != "/" }.dropFirst(2))
            let bare = address.hasSuffix("/") ? String(address.dropLast()) : address
            return says(words, bare) ? nil : bare
        } else if lower.hasPrefix("mailto:") {
            address = String(url.dropFirst(7).prefix { $0 != "?" })
            return says(words, address) ? nil : address
        } else if lower.hasPrefix("tel:") || lower.hasPrefix("sms:") {
            address = String(url.dropFirst(4))
            let digits = { (text: String) in text.filter(\.isNumber) }
            return digits(words).hasSuffix(digits(address).suffix(9)) && !digits(words).isEmpty ? nil : address
        }
        return nil
    }

    /// Whether `words` hold `address`, as `String.contains` finds it.
    ///
    /// Found by bytes when both are plain ASCII (nearly every link), where each character is one byte: a carriage
    /// return is left to `contains`, which counts it and a line break after it as one character. `contains` itself
    /// builds a table for every search, and every link of every guide is searched.
    static func says(_ words: String, _ address: String) -> Bool {
        let isPlain = { (text: String) in text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        guard !address.isEmpty, isPlain(words), isPlain(address) else { return words.contains(address) }
        return words.firstRange(ofASCII: address) != nil
    }
}
