import Content
import QRCode
import Utilities

/// Printable leaflets: a page for each guide (A5 standard and A4 large print) and each easy-read guide (A4), laid out
/// for paper with `@page` rules, with a QR code of the online version's address.
///
/// `signpost print` turns them into PDF.
public struct LeafletRenderer: Sendable {
    let web: WebRenderer

    /// The stylesheet of the page numbers' words, in each language's folder: a file, so that leaflets need no inline
    /// style and a strict Content-Security-Policy holds.
    public static let pageNumbersPath = "assets/leaflet-pages.css"

    /// The page numbers' stylesheet in the renderer's language: "Page 2 of 4", its words escaped for CSS strings.
    public func renderPageNumbers() -> String {
        let strings = web.templates.strings
        return web.templates.render(
            ["page": Escape.cssString(strings(.leafletPage)), "of": Escape.cssString(strings(.leafletPageOf))],
            with: "leaflets/page-numbers")
    }

    public init(web: WebRenderer) {
        self.web = web
    }

    /// A guide's leaflet in the standard or large-print edition, or an easy-read guide's leaflet.
    ///
    /// `codes` shares the QR code of the guide's address with its other files (its kiosk page).
    public func render(_ page: ContentPage, edition: LeafletEdition, codes: GuideQRCodes = GuideQRCodes()) -> String {
        let guidePath = FormatLinks.guidePath(of: page)
        let leafletPath = SitePaths.leafletPath(of: guidePath, edition: edition) + ".html"
        var context = web.guideContext(page, urlPath: leafletPath)
        let editionName = web.formatLinks.name(of: edition)
        context["head_title"] = "\(page.frontMatter.title): \(editionName.lowercased()) - \(web.config.title)"
        context["edition"] = edition.rawValue
        context["edition_name"] = editionName
        let online: String
        switch edition {
        case .standard: online = page.urlPath
        case .largePrint: online = SitePaths.largePrintPath(of: guidePath)
        case .easyRead: online = page.urlPath
        }
        let url = web.config.absoluteURL(online)
        let short = WebAddress.short(url)
        context["online_url"] = url
        context["short_url_parts"] = Self.breakable(short)
        if let code = codes.code(url) {
            context["qr_svg"] = code.svg(label: web.templates.strings(.qrLabelLeaflet, ["address": short]), pixelsPerModule: 3)
        }
        context["format_names"] = web.formatLinks.names(forGuide: guidePath)
        return web.templates.render(context, with: "leaflets/leaflet")
    }

    /// The address in pieces that end after each `/`, so a narrow page breaks it only there.
    static func breakable(_ address: String) -> [String] {
        var parts: [String] = []
        var start = address.startIndex
        for index in address.utf8.indices where address.utf8[index] == UInt8(ascii: "/") {
            let end = address.utf8.index(after: index)
            parts.append(String(address[start..<end]))
            start = end
        }
        if start < address.endIndex { parts.append(String(address[start...])) }
        return parts
    }
}
