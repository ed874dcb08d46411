import Content

/// Which other formats each guide has on the site, and their addresses: the large-print page, the
/// easy-read page when one is written, the braille file and the printable leaflets.
/// Worked out from the index of files, so a guide can be rendered before the others are loaded.
struct FormatLinks: Sendable {
    let root: String
    /// The address of each guide's easy-read version, by the guide's source path.
    let easyReads: [String: String]
    /// The address of each guide, by its source path.
    let guideURLs: [String: String]
    /// Guides already loaded, by source path: what an easy-read page shows of its guide.
    let guides: [String: ContentPage]

    init(index: ContentIndex, basePath: String, guides: [ContentPage]) {
        root = basePath
        var easyReads: [String: String] = [:]
        var guideURLs: [String: String] = [:]
        for (path, url) in index.pages {
            if path.hasPrefix(ContentLayout.easyRead) {
                easyReads[ContentLayout.guidePath(forEasyRead: path)] = url
            } else if path.hasPrefix(ContentLayout.guides) {
                guideURLs[path] = url
            }
        }
        self.easyReads = easyReads
        self.guideURLs = guideURLs
        self.guides = Dictionary(guides.map { ($0.sourcePath, $0) }) { first, _ in first }
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
        if let easyRead { links.append(("Easy read web page", easyRead)) }
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
