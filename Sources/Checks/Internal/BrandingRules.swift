import Content
import Diagnostics

/// The logo named in `branding:` is a picture in the content folder.
enum BrandingRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let missing = content.config.branding.logo?.missing(
            in: content, what: "the logo",
            otherwise: "put the logo in the content folder's images/ and write its path, for example `images/logo.svg`")
        return missing.map { [$0] } ?? []
    }
}
