/// Guides grouped by their `section`, in the order site.yaml gives (then A to Z), each sorted by `order`.
public struct GuideSection: Sendable {
    public var title: String
    /// The section page's path on the site: `sections/concerns-and-complaints/`.
    public var urlPath: String
    public var guides: [ContentPage]
}

public enum GuideSections {
    /// The section of guides that name none.
    public static let fallback = "More information"

    public static func title(of page: ContentPage) -> String {
        page.frontMatter.section ?? fallback
    }

    public static func group(_ content: SiteContent) -> [GuideSection] {
        var bySection: [String: [ContentPage]] = [:]
        for guide in content.guides { bySection[title(of: guide), default: []].append(guide) }
        let listed = content.config.sections.filter { bySection[$0] != nil }
        let others = bySection.keys.filter { !content.config.sections.contains($0) }.sorted { a, b in
            if (a == fallback) != (b == fallback) { return b == fallback }
            return a < b
        }
        return (listed + others).map { title in
            let guides = (bySection[title] ?? []).sorted { a, b in
                switch (a.frontMatter.order, b.frontMatter.order) {
                case (let x?, let y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default:
                    return (a.frontMatter.title, a.sourcePath) < (b.frontMatter.title, b.sourcePath)
                }
            }
            return GuideSection(title: title, urlPath: SitePaths.sectionPath(title), guides: guides)
        }
    }
}
