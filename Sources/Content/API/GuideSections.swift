import Utilities

/// Guides grouped by their `section`, in the order site.yaml gives (then A to Z), each sorted by `order`.
public struct GuideSection: Sendable {
    public let title: String
    /// The section page's path on the site: `sections/concerns-and-complaints/`.
    public let urlPath: String
    public let guides: [ContentPage]
    /// The fingerprint of what the section's pages show, worked out once, as the section is made: the website's and
    /// the kiosk's section pages (in every edition) each ask for it.
    ///
    /// That is its title, and each of its guides' title, summary, address and language, in order. The website's and the
    /// kiosk's section pages show no more of the guides (`link(to:)` in Render's shared context, and the kiosk's list),
    /// so the build cache makes a section's pages again only when this changes, not when a guide elsewhere, or a
    /// guide's body, does.
    public let shownFingerprint: Fingerprint

    public init(title: String, urlPath: String, guides: [ContentPage]) {
        self.title = title
        self.urlPath = urlPath
        self.guides = guides
        var shown = Fingerprinter()
        shown.add(title)
        shown.add(urlPath)
        shown.add(guides.count)
        for guide in guides {
            shown.add(guide.frontMatter.title)
            shown.add(guide.frontMatter.summary)
            shown.add(guide.urlPath)
            shown.add(guide.language?.code ?? "")
        }
        shownFingerprint = shown.finish()
    }
}

public enum GuideSections {
    /// The fingerprint of what a list of the sections shows: each one's title and address, in order.
    ///
    /// The kiosk's start page and topics show no more of them, so a guide's edit makes them again only when it adds or
    /// empties a section.
    public static func shownFingerprint(of sections: [GuideSection]) -> Fingerprint {
        var shown = Fingerprinter()
        shown.add(sections.count)
        for section in sections {
            shown.add(section.title)
            shown.add(section.urlPath)
        }
        return shown.finish()
    }

    /// The section of guides that name none.
    public static let fallback = "More information"

    public static func title(of page: ContentPage) -> String {
        page.frontMatter.section ?? fallback
    }

    public static func group(_ content: SiteContent) -> [GuideSection] {
        // Each section's guides by their place in `content.guides`, sorted by what orders them: not the pages, each of
        // which a move or a comparison would copy (a page holds dozens of references).
        let guides = content.guides
        var bySection: [String: [Int]] = [:]
        for (number, guide) in guides.enumerated() { bySection[title(of: guide), default: []].append(number) }
        let listed = content.config.sections.filter { bySection[$0] != nil }
        let others = bySection.keys.filter { !content.config.sections.contains($0) }.sorted { a, b in
            if (a == fallback) != (b == fallback) { return b == fallback }
            return a < b
        }
        return (listed + others).map { title in
            let numbers = bySection[title] ?? []
            let keys = numbers.map { (guides[$0].frontMatter.order, guides[$0].frontMatter.title, guides[$0].sourcePath) }
            let order = keys.indices.sorted { first, second in
                let (a, b) = (keys[first], keys[second])
                switch (a.0, b.0) {
                case (let x?, let y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (a.1, a.2) < (b.1, b.2)
                }
            }
            return GuideSection(
                title: title, urlPath: SitePaths.sectionPath(title), guides: order.map { guides[numbers[$0]] })
        }
    }
}
