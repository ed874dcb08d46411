import Utilities

/// The addresses of what a build makes, as site paths (`guides/x/`, `braille/x.brf`): one home for each.
public enum SitePaths {
    /// The content health report's folder on the site: kept out of the sitemap and search engines.
    public static let reportPath = "_report/"
    /// The leaflet register, a spreadsheet beside the health report.
    public static let registerPath = reportPath + "register.csv"
    /// The directory of services, A to Z.
    public static let serviceDirectoryPath = "services/"
    /// The kiosk's own screens, in the kiosk's folder: its guides by topic, A to Z, and the way to the PALS office.
    public static let kioskTopics = "topics/"
    public static let kioskAToZ = "a-to-z/"
    public static let kioskFindPALS = "find-pals/"
    /// The search page, on the website, in each language's folder and in the kiosk.
    public static let searchPath = "search/"
    /// Service ids the directory's own pages use.
    public static let reservedServiceIDs: Set<String> = ["category"]

    /// The site path of a service's page: `services/pals/`.
    public static func servicePath(_ id: String) -> String {
        "services/" + id + "/"
    }

    /// The site path of a category's page: `services/category/help-and-advice/` (a folder no service id can take).
    public static func serviceCategoryPath(_ category: String) -> String {
        "services/category/" + slug(category) + "/"
    }

    /// Top-level names on the site that Signpost makes itself, which a page in `pages/` cannot take.
    public static let reservedNames: Set<String> = [
        "guides", "sections", "assets", "images", "404", "sitemap", "robots", "index", "services",
        "leaflets", "braille", "kiosk", "large-print", "easy-read", "topics", "a-to-z", "find-pals", "search",
    ]

    /// The folder of a language's search index, on the website and in the kiosk: `search/pl/`.
    public static func searchIndexFolder(_ language: SiteLanguage) -> String {
        searchPath + language.code + "/"
    }

    /// A guide's path without its folder and extension, which each format's path is made from:
    /// `guides/concerns/making-a-complaint.md` and `easy-read/concerns/making-a-complaint.md` give
    /// `concerns/making-a-complaint`.
    public static func formatName(of sourcePath: String) -> String {
        let withoutFolder =
            sourcePath.hasPrefix(ContentPaths.guides)
            ? sourcePath.dropFirst(ContentPaths.guides.count) : sourcePath.dropFirst(ContentPaths.easyRead.count)
        return String(withoutFolder.hasSuffix(".md") ? withoutFolder.dropLast(3) : withoutFolder)
    }

    /// The folders of the site (and of each language's folder) that hold a guide's other formats alone: large print,
    /// braille, leaflets, and the easy-read pages, whose addresses follow the content's `easy-read/`.
    public static let largePrintFolder = "large-print/"
    public static let brailleFolder = "braille/"
    public static let leafletsFolder = "leaflets/"
    public static let formatFolders = [largePrintFolder, brailleFolder, leafletsFolder, ContentPaths.easyRead]

    /// The site path of a guide's large-print web page: `large-print/concerns/making-a-complaint/`.
    public static func largePrintPath(of guide: String) -> String { largePrintFolder + formatName(of: guide) + "/" }

    /// The site path of a guide's braille file: `braille/concerns/making-a-complaint.brf`.
    public static func braillePath(of guide: String) -> String { brailleFolder + formatName(of: guide) + ".brf" }

    /// The site path of a printable leaflet, without its extension (`.html`, or `.pdf` once printed):
    /// `leaflets/concerns/making-a-complaint`, `...-large-print`, `...-easy-read`.
    public static func leafletPath(of sourcePath: String, edition: LeafletEdition) -> String {
        leafletsFolder + formatName(of: sourcePath) + edition.suffix
    }

    /// The site path of a section's page.
    public static func sectionPath(_ title: String) -> String {
        "sections/" + slug(title) + "/"
    }

    /// Lower case, letters and digits, single hyphens between words.
    public static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    /// The address of `path` written relative to a page in the folder `from` (both site paths, `from`
    /// empty or ending in `/`), for output that must work opened from the disk: `../../guides/x/index.html`.
    public static func relativePath(from folder: String, to path: String) -> String {
        String(repeating: "../", count: Path.depth(of: folder)) + path
    }
}
