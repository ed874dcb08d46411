import Content

/// Which other formats each guide has on the site, and their addresses: the large-print page, the
/// easy-read page when one is written, the braille file and the printable leaflets.
struct FormatLinks: Sendable {
    let root: String
    /// Each guide's easy-read version, by the guide's source path.
    let easyReads: [String: ContentPage]
    /// Every guide, by its source path.
    let guides: [String: ContentPage]

    init(content: SiteContent) {
        root = content.config.basePath
        easyReads = content.easyReadsByGuide()
        guides = Dictionary(content.guides.map { ($0.sourcePath, $0) }) { first, _ in first }
    }

    /// The guide a page is a version of: itself for a guide, the guide's path for an easy-read page.
    static func guidePath(of page: ContentPage) -> String {
        page.kind == .easyRead ? ContentLayout.guidePath(forEasyRead: page.sourcePath) : page.sourcePath
    }

    /// `[{name, url}]` for every version of the guide on the site except the page being shown.
    func links(forGuide guidePath: String, urlPath: String, except current: String) -> [[String: String]] {
        let easyRead = easyReads[guidePath]
        var links: [(String, String)] = [("Standard web page", urlPath)]
        links.append(("Large print web page", ContentLayout.largePrintPath(of: guidePath)))
        if let easyRead { links.append(("Easy read web page", easyRead.urlPath)) }
        links.append(("Braille file for an embosser (.brf)", ContentLayout.braillePath(of: guidePath)))
        for edition in LeafletEdition.allCases where edition != .easyRead || easyRead != nil {
            links.append((edition.name, ContentLayout.leafletPath(of: guidePath, edition: edition) + ".html"))
        }
        return links.filter { $0.1 != current }.map { ["name": $0.0, "url": root + $0.1] }
    }

    /// The names of the formats a guide has, for printed leaflets: "large print, easy read and braille".
    func names(forGuide guidePath: String) -> String {
        easyReads[guidePath] == nil ? "large print and braille" : "large print, easy read and braille"
    }
}
