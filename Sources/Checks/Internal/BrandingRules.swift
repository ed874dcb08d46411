import Content
import Diagnostics

/// The logo named in `branding:` is a picture in the content folder.
enum BrandingRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        guard let logo = content.config.branding.logo, content.index.assets[logo.path] == nil else { return [] }
        let pictures = content.index.assets.keys.sorted().filter { $0.lowercased().hasSuffix(".svg") }
        return [
            .error(
                "the logo `\(logo.path)` is not a file in the content folder", at: logo.location,
                hint: Suggestion.closest(to: logo.path, in: pictures).map { "did you mean `\($0)`?" }
                    ?? "put the logo in the content folder's images/ and write its path, for example `images/logo.svg`")
        ]
    }
}
