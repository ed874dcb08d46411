import Content
import Diagnostics

/// Document control is for guides, and each guide under it has a reference of its own: a second guide with the same
/// one is an error at its `reference` line, naming the first and the next free reference.
///
/// A rule of each page (not of the site), so that `signpost serve` checks it again whenever a guide is edited.
struct ReferenceRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard let control = page.frontMatter.control else { return [] }
        let at = SourceLocation(path: page.displayPath, line: control.referenceLine, column: control.referenceColumn)
        guard page.kind == .guide else {
            return [
                .error(
                    "only guides are under document control", at: at,
                    hint:
                        "delete `reference`, `version`, `approved_by`, `approved_on` and `changes` here: the guide's are shown on its easy-read version and other formats"
                )
            ]
        }
        let same = context.references[control.reference.uppercased()] ?? []
        guard let first = same.first, first.sourcePath != page.sourcePath else { return [] }
        let next = DocumentControl.nextReference(
            after: context.references.values.flatMap { $0 }.compactMap {
                $0.frontMatter.control?.reference
            })
        return [
            .error(
                "another guide already has the reference `\(control.reference)`: \(first.displayPath)", at: at,
                hint: "give each guide its own reference; the next free one is \(next)")
        ]
    }
}
