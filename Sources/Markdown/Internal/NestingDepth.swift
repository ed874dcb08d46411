import CCmark
import Utilities

/// Measures how deeply a parsed document nests, in one iterative walk, before anything that recurses over the
/// tree runs: a document nested past `InputLimits` is refused, so no input can exhaust the stack.
enum NestingDepth {
    /// The deepest nesting found past a limit, and where it first went past it; nil when within the limits.
    static func problem(in document: CmarkNode) -> NestingProblem? {
        guard let iterator = cmark_iter_new(document.pointer) else { return nil }
        defer { cmark_iter_free(iterator) }
        var blocks = 0
        var inlines = 0
        var problem: NestingProblem?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(pointer)
            let isBlock = type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
            let isInline =
                type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE
            guard isBlock || isInline else { continue }
            let step = event == CMARK_EVENT_ENTER ? 1 : -1
            if isBlock { blocks += step } else { inlines += step }
            guard event == CMARK_EVENT_ENTER else { continue }
            let (depth, limit, kind): (Int, Int, NestingProblem.Kind) =
                isBlock
                ? (blocks, InputLimits.markdownBlockDepth, .blocks) : (inlines, InputLimits.markdownInlineDepth, .inlines)
            guard depth > limit else { continue }
            if var found = problem, found.kind == kind {
                found.depth = max(found.depth, depth)
                problem = found
            } else if problem == nil {
                problem = NestingProblem(
                    kind: kind, depth: depth, limit: limit, position: CmarkNode(pointer: pointer).position)
            }
        }
        return problem
    }
}
