import Content
import Diagnostics
import Utilities

/// The Checks stage: rules about the content itself (links, headings, pictures, review dates),
/// run over every page in parallel once all pages are loaded.
public enum ContentChecks {
    /// Every problem the rules find, in no particular order (the caller sorts).
    public static func run(_ content: SiteContent, today: Day) -> [Diagnostic] {
        let context = CheckContext(content: content, today: today)
        let perPage = Parallel.map(content.allPages) { page in
            var found: [Diagnostic] = []
            for rule in pageRules { found += rule.check(page, context) }
            return found
        }
        return perPage.flatMap { $0 } + SiteRules.check(content) + ServiceRules.check(content, context)
            + KioskRules.check(content)
    }

    static let pageRules: [any PageRule] = [
        HeadingRule(), ImageRule(), LinkRule(), LinkTextRule(), RawHTMLRule(), CalloutRule(), ReviewDateRule(),
        SectionRule(), EasyReadSentenceRule(), EasyReadRowRule(), AbbreviationRule(), EasyReadLengthRule(),
    ]
}

/// What the rules need to know beyond the page they check.
struct CheckContext: Sendable {
    let config: SiteConfig
    let index: ContentIndex
    let headingIDs: [String: Set<String>]
    let today: Day
    /// Source paths of inactive services' records, which have no page to link to.
    let inactiveServices: Set<String>

    init(content: SiteContent, today: Day) {
        inactiveServices = Set(content.services.filter { !$0.status.isPublished }.map(\.sourcePath))
        config = content.config
        index = content.index
        headingIDs = content.headingIDs
        self.today = today
    }
}

/// A rule applied to one page at a time.
protocol PageRule: Sendable {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic]
}
