import Content

/// The stylesheet of the trust's header colour (`branding:` in site.yaml), `assets/brand.css` on the website and in
/// the kiosk: a file, so that pages need no inline styles and a strict Content-Security-Policy holds.
public enum BrandStyles {
    /// Where it goes, on the website and in the kiosk.
    public static let path = "assets/brand.css"

    /// The website's: the header colour as written (at least 4.5:1 against its text, checked when it was read).
    public static func web(_ branding: Branding, templates: TemplateSet) -> String {
        templates.render(context(branding.headerColour, text: branding.headerText), with: "layout/brand-css")
    }

    /// The kiosk's: the header colour, or the nearest that reaches the kiosk's 7:1.
    public static func kiosk(_ branding: Branding, templates: TemplateSet) -> String {
        templates.render(context(branding.kioskHeaderColour, text: branding.headerText), with: "kiosk/layout/brand-css")
    }

    private static func context(_ colour: Colour?, text: Colour) -> [String: Any] {
        guard let colour else { return [:] }
        return ["header_colour": colour.hex, "header_text": text.hex]
    }
}
