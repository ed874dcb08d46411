import Diagnostics
import Markdown
import Utilities

/// Everything in the content folder, loaded and checked: the input to every later stage.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    /// The content folder as the user named it (`Content`), for messages.
    public var root: String
    /// `home.md`, if there is one.
    public var home: ContentPage?
    /// Guides, sorted by path.
    public var guides: [ContentPage]
    /// Standalone pages from `pages/`, sorted by path.
    public var pages: [ContentPage]
    /// Easy-read versions of guides, from `easy-read/`, sorted by path.
    public var easyReads: [ContentPage]
    /// Files copied into the site as they are (pictures, documents), sorted by path.
    public var assets: [Asset]
    /// Every service record that was read, published or not, sorted by path.
    public var services: [Service]
    /// What loading found wrong.
    public var diagnostics: DiagnosticList
    /// Every Markdown file and asset found, loaded or not, for resolving links.
    public var index: ContentIndex
    /// The words at the top of callout boxes the pages were loaded with, for pages read again after an edit.
    public var calloutLabels: [CalloutKind: String] = [:]
    /// The words translations' Markdown is rendered with, by language code (for `signpost serve`'s reloads).
    public var languageWords: [String: LanguageWords] = [:]
    /// Every translation, in every language, each with its English page's front matter but its own title and
    /// summary (`Translations.join`); by language, then by path.
    public var translations: [ContentPage] = []
    /// The team's wording and jargon lists from `checks.yaml` (empty when there is none).
    public var checkLists = CheckLists()
    /// Every page's headings' ids, by source path, for checking links to headings; each page's worked out in parallel.
    public var headingIDs: [String: Set<String>] {
        let pages = allPages
        let ids = Parallel.map(pages) { $0.headingIDs }
        return Dictionary(zip(pages.map(\.sourcePath), ids)) { _, later in later }  // a later page of a path wins
    }

    public init(
        config: SiteConfig, root: String, home: ContentPage?, guides: [ContentPage], pages: [ContentPage],
        assets: [Asset], diagnostics: DiagnosticList, index: ContentIndex, services: [Service] = [],
        easyReads: [ContentPage] = []
    ) {
        self.services = services
        self.easyReads = easyReads
        self.index = index
        self.config = config
        self.root = root
        self.home = home
        self.guides = guides
        self.pages = pages
        self.assets = assets
        self.diagnostics = diagnostics
    }

    /// The site in one of its other languages.
    ///
    /// Every page, guide and easy-read version is in that language where it is translated and in English where it
    /// is not (`ContentPage.language` is nil on those), with the settings of that language's edition
    /// (`SiteConfig.edition(in:)`). Its diagnostics are empty: the site's are reported once.
    public func edition(in language: SiteLanguage) -> SiteContent {
        var byPath: [String: ContentPage] = [:]
        for page in translations where page.language == language { byPath[page.sourcePath] = page }
        func version(_ page: ContentPage) -> ContentPage { byPath[page.sourcePath] ?? page }
        var edition = SiteContent(
            config: config.edition(in: language), root: root, home: home.map(version), guides: guides.map(version),
            pages: pages.map(version), assets: assets, diagnostics: DiagnosticList(), index: index, services: services,
            easyReads: easyReads.map(version))
        edition.checkLists = checkLists
        edition.calloutLabels = languageWords[language.code]?.calloutLabels ?? calloutLabels
        return edition
    }

    /// The pages of this edition written in its language: in the site's own language, every page; in another
    /// language's edition, its translations.
    public var ownPages: [ContentPage] {
        allPages.filter { $0.language == config.edition }
    }

    /// Home, guides, pages and easy-read versions together.
    public var allPages: [ContentPage] { (home.map { [$0] } ?? []) + guides + pages + easyReads }

    /// Each guide's easy-read version, by the guide's source path.
    public func easyReadsByGuide() -> [String: ContentPage] {
        Dictionary(easyReads.map { (ContentPaths.guidePath(forEasyRead: $0.sourcePath), $0) }) { first, _ in first }
    }

    /// The services that have pages (not inactive), sorted by name, then id.
    public var publishedServices: [Service] {
        services.filter { $0.status.isPublished }.sorted(byKey: { $0.name.lowercased() }, then: \.id)
    }

    /// The accessibility statement, `pages/accessibility.md`.
    public var accessibilityStatement: ContentPage? {
        pages.first { $0.sourcePath == ContentPaths.accessibilityStatement }
    }
}

/// A file published as it is.
public struct Asset: Sendable, Hashable {
    /// The path under the content folder, which is also its path on the site.
    public var path: String
    public var width: Int?
    public var height: Int?

    public init(path: String, width: Int? = nil, height: Int? = nil) {
        self.path = path
        self.width = width
        self.height = height
    }
}
