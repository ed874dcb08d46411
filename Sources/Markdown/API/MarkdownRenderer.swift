import CCmark
import Utilities

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
        // The tree lives in the thread's arena, let go whole when the document is done.
        return CmarkArena.run {
            guard let root = CmarkNode.parseDocument(text, options: flags) else { return MarkdownDocument(html: "") }
            if let problem = NestingDepth.problem(in: root) {
                var refused = MarkdownDocument(html: "")
                refused.nestingProblem = problem
                return refused
            }
            var collector = TextBlockCollector(options: options)
            if options.pageExtras { collector.collect(root) }
            var rewriter = TreeRewriter(options: options, resolver: resolver)
            var document = rewriter.rewrite(root)
            document.blocks = collector.blocks
            // In easy read each sentence is on its own line, as it is written.
            let renderFlags = options.pictureRows ? flags | CMARK_OPT_HARDBREAKS : flags
            document.html = root.renderHTML(options: renderFlags)
            if let gathering, options.pageExtras {
                document.gathered = rewriter.gatherLinks(root, resolver: gathering, options: renderFlags)
            }
            return document
        }
    }

    /// The Markdown with its raw HTML taken out, written back as CommonMark: what the page shows, for exports.
    public static func removingRawHTML(_ text: String) -> String {
        CmarkArena.run {
            guard let root = CmarkNode.parseDocument(text, options: CMARK_OPT_VALIDATE_UTF8),
                NestingDepth.problem(in: root) == nil
            else { return "" }
            var html: [OpaquePointer] = []
            if let iterator = cmark_iter_new(root.pointer) {
                while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                    guard let node = cmark_iter_get_node(iterator) else { continue }
                    let type = cmark_node_get_type(node)
                    if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE { html.append(node) }
                }
                cmark_iter_free(iterator)
            }
            for node in html { CmarkNode(pointer: node).remove() }
            return cmark_render_commonmark(root.pointer, CMARK_OPT_DEFAULT, 0).map { String(cString: $0) }?
                .trimmingWhitespace ?? ""
        }
    }

    /// The id a heading with this text gets, before a number is added to tell repeats apart.
    public static func headingSlug(_ text: String) -> String {
        HeadingSlugger.slug(text)
    }
}
