import Content
import Diagnostics

/// Rules about the site as a whole.
enum SiteRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if content.accessibilityStatement == nil {
            found.append(
                .warning(
                    "the site has no accessibility statement",
                    at: SourceLocation(path: content.root + "/" + ContentPaths.accessibilityStatement),
                    hint:
                        "public sector websites must publish one: write it in Content/pages/accessibility.md and every page will link to it"
                ))
        }
        if content.guides.isEmpty {
            found.append(
                .warning(
                    "the site has no guides", at: SourceLocation(path: content.root + "/guides"),
                    hint: "add a guide with `signpost new guide`, or a Markdown file in Content/guides/"))
        }
        return found
    }
}
