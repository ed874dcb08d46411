/// The trust's own logo and header colour (`branding:` in `site.yaml`), which can never make a page harder to read.
public struct Branding: Sendable, Hashable {
    /// The logo shown in the header, on leaflets and on the kiosk.
    public var logo: ContentPicture?
    /// The header's background, at least 4.5:1 against `headerText` (checked when read).
    public var headerColour: Colour?
    /// The header's text: white unless the site says black.
    public var headerText: Colour = .white

    public init() {}

    /// The contrast the website's header needs (WCAG 2.2 AA, 1.4.3).
    public static let webContrast = 4.5
    /// The contrast the kiosk needs (AAA, 1.4.6), which its pages keep throughout.
    public static let kioskContrast = 7.0

    /// The kiosk's header: the header colour when it reaches 7:1 against its text, otherwise the nearest that does.
    public var kioskHeaderColour: Colour? {
        headerColour.map { $0.nearest(reaching: Self.kioskContrast, against: headerText) }
    }
}
