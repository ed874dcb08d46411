import Content
import Diagnostics

/// A guide lists easy read in `formats` only when its easy-read version is written: the page, its leaflets and the
/// health report would otherwise promise a format the site does not have.
struct FormatsRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .guide, page.frontMatter.formats.contains(.easyRead) else { return [] }
        guard context.index.easyRead(ofGuide: page.sourcePath) == nil else { return [] }
        return [
            .error(
                "`formats` lists easy-read, but this guide has no easy-read version",
                at: SourceLocation(path: page.displayPath, line: page.frontMatter.formatsLine, column: 1),
                hint:
                    "write it in Content/\(ContentPaths.easyReadPath(forGuide: page.sourcePath)), or take easy-read out of `formats`"
            )
        ]
    }
}
