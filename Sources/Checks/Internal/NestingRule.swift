import Content
import Diagnostics
import Markdown

/// A page nested deeper than Signpost reads is not rendered: say where, how deep, and the limit.
struct NestingRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard let problem = page.document.nestingProblem else { return [] }
        let what =
            problem.kind == .blocks ? "block quotes and lists are nested" : "emphasis, links and pictures are nested"
        return [
            .error(
                "\(what) \(problem.depth) deep here: Signpost reads up to \(problem.limit)",
                at: page.location(problem.position),
                hint: problem.kind == .blocks
                    ? "put fewer lists or quotes inside each other; readers lose their place after two or three levels"
                    : "put fewer links, pictures or bold and italic words inside each other")
        ]
    }
}
