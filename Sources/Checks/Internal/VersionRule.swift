import Content
import Diagnostics

/// For `signpost check`: a guide whose words have changed since its version was approved, but whose `version` has
/// not, is a warning; so is a version with no fingerprint to tell by.
///
/// Each version's entry in `changes` records the fingerprint of the guide's title, summary and text when it was
/// approved (`DocumentControl.fingerprint(of:)`), in the guide itself: the check needs nothing but the content
/// folder, and the record of what was approved travels with the guide.
struct VersionRule: TextRule {
    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .guide, let control = page.frontMatter.control, let latest = control.changes.first,
            latest.version == control.version
        else { return [] }
        let now = DocumentControl.fingerprint(of: page)
        let at = SourceLocation(path: page.displayPath, line: control.versionLine, column: control.versionColumn)
        guard let recorded = latest.fingerprint else {
            return [
                .warning(
                    "version \(control.version) has no fingerprint, so a change to its words cannot be noticed", at: at,
                    hint: "add `fingerprint: \(now)` to version \(control.version)'s entry in `changes`")
            ]
        }
        guard recorded != now else { return [] }
        return [
            .warning(
                "the words have changed since version \(control.version) was approved, but `version` is still \(control.version)",
                at: at,
                hint:
                    "if the change needs approving, make it version \(control.version + 1) with a new entry in `changes` (`fingerprint: \(now)`); if it is only a correction, write `fingerprint: \(now)` in version \(control.version)'s entry"
            )
        ]
    }
}
