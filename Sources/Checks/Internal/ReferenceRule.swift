import Content
import Diagnostics

/// Each guide under document control has a reference of its own: a second guide with the same one is an error at
/// its `reference` line, naming the first and the next free reference.
enum ReferenceRule {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let controlled = content.guides.filter { $0.frontMatter.control != nil }.sorted { $0.sourcePath < $1.sourcePath }
        let next = DocumentControl.nextReference(after: controlled.compactMap { $0.frontMatter.control?.reference })
        var first: [String: ContentPage] = [:]
        var found: [Diagnostic] = []
        for guide in controlled {
            guard let control = guide.frontMatter.control else { continue }
            let key = control.reference.uppercased()
            guard let earlier = first[key] else {
                first[key] = guide
                continue
            }
            found.append(
                .error(
                    "another guide already has the reference `\(control.reference)`: \(earlier.displayPath)",
                    at: SourceLocation(path: guide.displayPath, line: control.referenceLine, column: control.referenceColumn),
                    hint: "give each guide its own reference; the next free one is \(next)"))
        }
        return found
    }
}
