import CCmark
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// The Markdown stage: CommonMark text in, HTML and the facts later stages check out.
///
/// Parsing and rendering go through libcmark's tree; the page extras reshape that tree, never the HTML.
/// Safe to call from many threads at once: each call has its own parser and tree.
public enum MarkdownRenderer {
    ///
    /// With a `gathering` resolver (and the page extras on), the same tree is rendered a second time
    /// into `gathered`: each top-level block on its own, links taken out of its sentences and listed
    /// after it, links and images resolved by `gathering` (the kiosk uses this for its large buttons).
    public static func render(
        _ text: String,
        options: MarkdownOptions = MarkdownOptions(),
        resolver: any LinkResolver = UnchangedLinks(),
        gathering: (any LinkResolver)? = nil
    ) -> MarkdownDocument {
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        if options.allowRawHTML { flags |= CMARK_OPT_UNSAFE }
        var text = text
        let root = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, flags) }
        }
        guard let root else { return MarkdownDocument(html: "") }
        defer { cmark_node_free(root) }
        if let problem = NestingDepth.problem(in: CmarkNode(pointer: root)) {
            var refused = MarkdownDocument(html: "")
            refused.nestingProblem = problem
            return refused
        }
        var collector = TextBlockCollector(options: options)
        if options.pageExtras { collector.collect(CmarkNode(pointer: root)) }
        var rewriter = TreeRewriter(options: options, resolver: resolver)
        var document = rewriter.rewrite(CmarkNode(pointer: root))
        document.blocks = collector.blocks
        // In easy read each sentence is on its own line, as it is written.
        let renderFlags = options.pictureRows ? flags | CMARK_OPT_HARDBREAKS : flags
        document.html = CmarkNode(pointer: root).renderHTML(options: renderFlags)
        if let gathering, options.pageExtras {
            document.gathered = rewriter.gatherLinks(CmarkNode(pointer: root), resolver: gathering, options: renderFlags)
        }
        return document
    }

    /// The Markdown with its raw HTML taken out, written back as CommonMark: what the page shows, for exports.
    public static func removingRawHTML(_ text: String) -> String {
        var text = text
        guard
            let root = text.withUTF8({ buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_VALIDATE_UTF8)
                }
            })
        else { return "" }
        defer { cmark_node_free(root) }
        if NestingDepth.problem(in: CmarkNode(pointer: root)) != nil { return "" }
        var html: [OpaquePointer] = []
        if let iterator = cmark_iter_new(root) {
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { html.append(node) }
            }
            cmark_iter_free(iterator)
        }
        for node in html { CmarkNode(pointer: node).remove() }
        guard let buffer = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer).trimmingWhitespace
    }

    /// The id a heading with this text gets, before a number is added to tell repeats apart.
    public static func headingSlug(_ text: String) -> String {
        HeadingSlugger.slug(text)
    }
}
