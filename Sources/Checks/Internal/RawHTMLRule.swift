import Content
import Diagnostics

/// HTML written into Markdown is left out unless the site allows it; say so where it is.
struct RawHTMLRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard !context.config.allowRawHTML else { return [] }
        return page.document.rawHTML.map { position in
            .warning(
                "HTML is left out of the page", at: page.location(position),
                hint: "write it in Markdown instead; HTML is only let through with `allow_raw_html: true` in site.yaml")
        }
    }
}
