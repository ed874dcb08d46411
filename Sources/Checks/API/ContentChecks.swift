import Content
import Diagnostics
import Utilities

/// The Checks stage: rules about the content itself (links, headings, pictures, review dates), and for
/// `signpost check` its quality (reading age, sentence and paragraph length, wording, jargon),
/// run over every page in parallel once all pages are loaded.
public enum ContentChecks {
    /// Every problem the rules find, in no particular order (the caller sorts).
    public static func run(_ content: SiteContent, today: Day, options: CheckOptions = .build) -> [Diagnostic] {
        run(content.allPages, in: content, today: today, options: options).flatMap { $0 } + otherRules(content, today: today)
    }

    /// What the checks find besides each English page's own rules (`run(_:in:...)`).
    ///
    /// That is the site's rules, and each translation's checks. A build and `signpost serve` run these every time, and
    /// the per-page rules only for the pages that need it.
    public static func otherRules(_ content: SiteContent, today: Day) -> [Diagnostic] {
        siteRules(content, today: today) + translations(content, today: today)
    }

    /// The checks of each translation: the rules that hold in any language.
    ///
    /// Each is checked in its language's edition, so its links and anchors are checked against that language's pages. Review dates, sections and the rest are its English
    /// page's, checked there; the reading age, wording and easy-read rules read English only.
    public static func translations(_ content: SiteContent, today: Day) -> [Diagnostic] {
        content.config.languages.flatMap { language in
            let edition = content.edition(in: language)
            return run(edition.ownPages, in: edition, today: today).flatMap { $0 }
        }
    }

    /// The rules about the whole site (an accessibility statement, at least one guide) and its services.
    public static func siteRules(_ content: SiteContent, today: Day) -> [Diagnostic] {
        SiteRules.check(content) + ServiceRules.check(content, CheckContext(content: content, today: today, options: .build))
            + KioskRules.check(content) + BrandingRules.check(content)
    }

    /// The per-page rules over some pages of `content`, each page's problems in the order of `pages`; for `signpost
    /// serve`, which checks again only the pages an edit can change, and a build, which keeps each page's problems
    /// for the next (`pageInputs`).
    ///
    /// `headingIDs` is every page's heading ids when the caller keeps them; otherwise each page's are worked out when a
    /// link to it is checked. A page whose problems `known` gives (a build's, for a page it took unchanged from the
    /// last) is not checked again.
    public static func run(
        _ pages: [ContentPage], in content: SiteContent, headingIDs: [String: Set<String>]? = nil, today: Day,
        options: CheckOptions = .build, known: (@Sendable (ContentPage) -> [Diagnostic]?)? = nil
    ) -> [[Diagnostic]] {
        let context = CheckContext(content: content, headingIDs: headingIDs, today: today, options: options)
        let textRules = options.contentQuality ? qualityRules(content.checkLists) : []
        return Parallel.map(pages) { page in
            if let known = known?(page) { return known }
            var found: [Diagnostic] = []
            for rule in page.language == nil ? pageRules : translationRules { found += rule.check(page, context) }
            if !textRules.isEmpty && page.language == nil {
                let text = PageText(page)
                for rule in textRules { found += rule.check(page, text, context) }
            }
            return found
        }
    }

    /// The fingerprint of all the per-page rules read of `content` besides the page itself and what a build's page base
    /// covers (the settings, what pages see of the services, every file's name): the day, every page's heading ids
    /// (which a link's anchor must be one of) and the guides' document-control references (each its own).
    ///
    /// In a build whose page base and page inputs are a build's before, an unchanged page has the problems it had then.
    /// Each page's ids are taken as its headings give them, in the order of `allPages`: a page whose headings only move
    /// is checked again, which costs a little time, never correctness, and no set of ids is made or sorted.
    public static func pageInputs(_ content: SiteContent, today: Day) -> Fingerprint {
        var read = Fingerprinter()
        read.add(today.iso)
        let pages = content.allPages
        read.add(pages.count)
        for page in pages {
            read.add(page.sourcePath)
            let headings = page.document.headings
            read.add(headings.count)
            for heading in headings { read.add(heading.id) }
        }
        let references = content.guides.compactMap { guide in
            guide.frontMatter.control.map { (guide.sourcePath, guide.displayPath, $0.reference) }
        }.sorted { $0.0 < $1.0 }
        read.add(references.count)
        for (path, display, reference) in references {
            read.add(path)
            read.add(display)
            read.add(reference)
        }
        return read.finish()
    }

    static let pageRules: [any PageRule] = [
        NestingRule(), HeadingRule(), ImageRule(), LinkRule(), LinkTextRule(), RawHTMLRule(), CalloutRule(), ReviewDateRule(),
        SectionRule(), FormatsRule(), ReferenceRule(), EasyReadSentenceRule(), EasyReadRowRule(), AbbreviationRule(),
        EasyReadLengthRule(),
    ]

    /// The rules for a translation: what holds in every language.
    static let translationRules: [any PageRule] = [NestingRule(), HeadingRule(), ImageRule(), LinkRule(), RawHTMLRule()]

    /// The rules `signpost check` adds, with the team's lists from `checks.yaml` after the built-in ones.
    static func qualityRules(_ lists: CheckLists) -> [any TextRule] {
        [
            ReadingAgeRule(), SentenceLengthRule(), ParagraphLengthRule(), VersionRule(),
            WordingRule(entries: WordingRule.defaults + lists.wording),
            JargonRule(entries: JargonRule.defaults + lists.jargon),
        ]
    }
}
