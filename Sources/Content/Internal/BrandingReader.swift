import Diagnostics

/// Reads `branding:` in `site.yaml`: the logo, and a header colour checked for contrast where it is written.
enum BrandingReader {
    static let keys = ["logo", "logo_alt", "header_colour", "header_text"]

    static func read(_ node: YAMLNode, source: YAMLSource, sink: DiagnosticSink) -> Branding {
        var branding = Branding()
        guard let fields = YAMLFields(node, name: "branding", allowed: keys, source: source, sink: sink) else {
            return branding
        }
        /// Where a key's value is written, for a diagnostic about it.
        func value(_ key: String) -> SourceLocation { source.location(fields.node(key)?.mark) }
        if let path = fields.string("logo") {
            if !path.lowercased().hasSuffix(".svg") {
                sink.error(
                    "the logo `\(path)` is not an SVG picture", at: value("logo"),
                    hint:
                        "ask for the logo as an SVG file (it stays sharp at any size and in print), put it in images/ and name it here"
                )
            } else if let alt = fields.string("logo_alt") {
                branding.logo = ContentPicture(path: path, alt: alt, location: value("logo"))
            } else {
                sink.error(
                    "the logo has no `logo_alt`", at: value("logo"),
                    hint: "add `logo_alt:` with what the logo says, usually the trust's name, for people who cannot see it")
            }
        }
        if let text = fields.string("header_text") {
            switch text {
            case "white": branding.headerText = .white
            case "black": branding.headerText = .black
            default:
                sink.error(
                    "`header_text` should be `white` or `black`, not `\(text)`", at: value("header_text"),
                    hint: "choose the one that reads best on the header colour")
            }
        }
        if let written = fields.string("header_colour") {
            if let colour = Colour(hex: written) {
                let textName = branding.headerText == .white ? "white" : "black"
                if colour.contrast(with: branding.headerText) < Branding.webContrast {
                    let nearest = colour.nearest(reaching: Branding.webContrast, against: branding.headerText)
                    sink.error(
                        "the header colour \(written) is \(colour.contrastText(with: branding.headerText)) against the header's \(textName) text, and needs at least \(Branding.webContrast):1 to be read",
                        at: value("header_colour"),
                        hint:
                            "use \(nearest.hex), the nearest colour that reaches \(Branding.webContrast):1 against \(textName) text"
                    )
                } else {
                    branding.headerColour = colour
                }
            } else {
                sink.error(
                    "`header_colour` should be a colour written like #005eb8, not `\(written)`",
                    at: value("header_colour"),
                    hint: "write the colour's hex code from the trust's brand guidelines, in quotes: \"#005eb8\"")
            }
        }
        return branding
    }
}
