import Content

/// Which other formats each guide has on the site, and their addresses: the large-print page, the easy-read page when
/// one is written, the braille file and the printable leaflets.
///
/// Looked up in the index of files, so a guide can be rendered before the others are loaded, and made in no time
/// (`signpost serve` makes a renderer after every edit).
struct FormatLinks: Sendable {
    let root: String
    let config: SiteConfig
    let index: ContentIndex
    /// Guides already loaded: what an easy-read page shows of its guide.
    let loadedGuides: [ContentPage]
    let strings: Strings

    init(index: ContentIndex, config: SiteConfig, guides: [ContentPage], strings: Strings) {
        root = config.basePath
        self.config = config
        self.index = index
        loadedGuides = guides
        self.strings = strings
    }

    /// The address of a guide's easy-read version, if it has one.
    func easyRead(ofGuide guidePath: String) -> String? { index.easyRead(ofGuide: guidePath) }

    /// The address of a guide, by its source path.
    func url(ofGuide guidePath: String) -> String? { index.pages[guidePath] }

    /// A loaded guide, by its source path (for the few easy-read pages).
    func guide(at path: String) -> ContentPage? { loadedGuides.first { $0.sourcePath == path } }

    /// The guide a page is a version of: itself for a guide, the guide's path for an easy-read page.
    static func guidePath(of page: ContentPage) -> String {
        page.kind == .easyRead ? ContentPaths.guidePath(forEasyRead: page.sourcePath) : page.sourcePath
    }

    /// `[{name, url}]` for every version of the guide on the site except the page being shown.
    func links(forGuide guidePath: String, urlPath: String, except current: String) -> [[String: Any]] {
        let easyRead = easyRead(ofGuide: guidePath)
        // In another language's edition braille (English only) and an easy-read version not translated are English.
        let easyReadPath = ContentPaths.easyReadPath(forGuide: guidePath)
        let easyReadInEnglish = config.edition.map { index.translations[easyReadPath]?.contains($0.code) != true } ?? false
        var links: [(name: String, path: String, inEnglish: Bool)] = [(strings(.formatWebPage), urlPath, false)]
        links.append((strings(.formatLargePrintPage), SitePaths.largePrintPath(of: guidePath), false))
        if let easyRead { links.append((strings(.formatEasyReadPage), easyRead, easyReadInEnglish)) }
        links.append((strings(.formatBrailleFile), SitePaths.braillePath(of: guidePath), config.edition != nil))
        for edition in LeafletEdition.allCases where edition != .easyRead || easyRead != nil {
            let path = SitePaths.leafletPath(of: guidePath, edition: edition) + ".html"
            links.append((name(of: edition), path, edition == .easyRead && easyReadInEnglish))
        }
        return links.filter { $0.path != current }.map { link -> [String: Any] in
            ["name": link.name, "url": (link.inEnglish ? config.siteBasePath : root) + link.path, "in_english": link.inEnglish]
        }
    }

    /// The names of the formats a guide has, for printed leaflets: "large print, easy read and braille".
    func names(forGuide guidePath: String) -> String {
        strings(easyRead(ofGuide: guidePath) == nil ? .formatNames : .formatNamesWithEasyRead)
    }

    /// The name a reader sees of a printed leaflet.
    func name(of edition: LeafletEdition) -> String {
        switch edition {
        case .standard: strings(.formatStandardLeaflet)
        case .largePrint: strings(.formatLargePrintLeaflet)
        case .easyRead: strings(.formatEasyReadLeaflet)
        }
    }
}
