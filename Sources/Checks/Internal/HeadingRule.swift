import Content
import Diagnostics

/// The title is the page's only h1, so the body starts at h2 and never skips a level.
struct HeadingRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previous = 1
        for heading in page.document.headings {
            let marks = String(repeating: "#", count: heading.level)
            if heading.level == 1 {
                found.append(
                    .error(
                        "a top-level heading (#) in the body", at: page.location(heading.position),
                        hint: "the title is the page's only top-level heading: start headings in the body at ##"))
            } else if heading.level > previous + 1 {
                let expected = String(repeating: "#", count: previous + 1)
                found.append(
                    .error(
                        "this heading skips a level: \(marks) after \(previous == 1 ? "the title" : String(repeating: "#", count: previous))",
                        at: page.location(heading.position),
                        hint: "screen reader users move through a page by its headings: use \(expected) here"))
            }
            previous = max(heading.level, 1)
        }
        return found
    }
}
