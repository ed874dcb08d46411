/// Where things live in the content folder, and the web addresses they get.
public enum ContentLayout {
    public static let siteConfig = "site.yaml"
    /// The team's own additions to the wording and jargon lists of `signpost check`.
    public static let checkLists = "checks.yaml"
    public static let home = "home.md"
    public static let guides = "guides/"
    public static let pages = "pages/"
    public static let accessibilityStatement = "pages/accessibility.md"
    /// The content health report's folder on the site: kept out of the sitemap and search engines.
    public static let reportPath = "_report/"
    /// Service records: `services/<id>.yaml`.
    public static let services = "services/"
    /// The directory of services, A to Z.
    public static let serviceDirectoryPath = "services/"
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
        "leaflets", "braille", "kiosk", "large-print", "easy-read",
    ]

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

    /// Whether a file or folder name is lower case letters, digits and hyphens.
    static func isWebSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
