import Checks
import Content
import Render
import Utilities

/// Which files make up the site, and what goes in each.
///
/// The Site stage alone decides where each file is written.
public struct SiteAssembler: Sendable {
    let templates: TemplateSet
    let web: WebRenderer
    let config: SiteConfig
    /// The date the health report is for.
    let today: Day
    /// The health report's rows, when they are already made (`signpost serve` keeps them between edits).
    var reportRows: [HealthReport.Row]? = nil
    /// The health report's rows as the last build made them (`KnownReportRows`, in the build cache).
    var knownRows: KnownRows? = nil
    /// What it makes: the website, its formats, or both (`--only`).
    let outputs: Set<SiteOutput>
    /// The fingerprint of the bytes each service record was read from, by its file's path, when the build uses its
    /// cache (`KnownServices.prints()`): a service's own files are made from their record alone
    /// (`FileJob.Inputs.record`).
    var recordPrints: [String: Fingerprint] = [:]

    /// The website's files for `signpost serve`, which keeps them in memory: `reportRows` are the health report's rows
    /// it keeps between edits.
    public init(templates: TemplateSet, content: SiteContent, today: Day, reportRows: [HealthReport.Row]?) {
        self.init(
            templates: templates, web: WebRenderer(templates: templates, content: content), config: content.config,
            today: today, reportRows: reportRows)
    }

    init(
        templates: TemplateSet, web: WebRenderer, config: SiteConfig, today: Day, reportRows: [HealthReport.Row]? = nil,
        knownRows: KnownRows? = nil, outputs: Set<SiteOutput> = [.web, .formats]
    ) {
        self.outputs = outputs.subtracting([.kiosk])
        self.templates = templates
        self.web = web
        self.config = config
        self.today = today
        self.reportRows = reportRows
        self.knownRows = knownRows
    }

    /// The files made from one guide or page, written while the content is still loading: the kinds of `PageKind`
    /// made from each guide (its page, large-print page, leaflets and braille file) or each page.
    ///
    /// `codes` are the QR codes of its addresses, shared with its kiosk page.
    func files(for page: ContentPage, codes: GuideQRCodes = GuideQRCodes()) -> [FileJob] {
        guard let source = Self.source(of: page) else { return [] }  // home and easy read: once every page is loaded
        // A translation makes what is made in each language (not braille, which is English only).
        return PageKind.kinds(source, of: .web).filter {
            outputs.contains($0.builtBy) && (page.language == nil || $0.isMadeInEachLanguage)
        }.map { kind in
            loadingJob(kind, page, codes: codes).made(from: page)
        }
    }

    /// What a guide or page's files are made from, as `PageKind` names it; nil for those made once every page is loaded.
    static func source(of page: ContentPage) -> PageKind.Source? {
        switch page.kind {
        case .guide: .eachGuide
        case .page: .eachPage
        case .home, .easyRead: nil
        }
    }

    /// One file made from a guide or page while it loads.
    func loadingJob(_ kind: PageKind, _ page: ContentPage, codes: GuideQRCodes) -> FileJob {
        let web = web
        let path = kind.path(for: .page(page))
        switch kind {
        case .largePrint: return FileJob(path: path) { web.renderLargePrint(page) }
        case .standardLeaflet:
            return FileJob(path: path) { LeafletRenderer(web: web).render(page, edition: .standard, codes: codes) }
        case .largePrintLeaflet:
            return FileJob(path: path) { LeafletRenderer(web: web).render(page, edition: .largePrint, codes: codes) }
        case .braille: return FileJob(path: path) { BrailleRenderer(web: web).render(page) }
        default: return FileJob(path: path) { web.render(page) }
        }
    }

    /// The files made from the whole site, once every page is loaded: every kind of `PageKind` of the website not
    /// written while loading (home, sections, 404, the health report, easy read, the directory, the sitemap, robots.txt).
    ///
    /// With `path`, only the file at that path, if it is one of them (the preview makes one file at a time): the others'
    /// jobs are not made, nor what they are made from worked out.
    ///
    /// The files made once for the whole site come first (`services.json`, the sitemap, the search page): they are the
    /// longest to make, and started after the many small ones they would leave one core working alone at the end.
    func siteFiles(
        _ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory, templates: TemplateSet,
        at path: String? = nil
    ) -> [FileJob] {
        let kinds = PageKind.allCases.filter {
            $0.output == .web && outputs.contains($0.builtBy) && !$0.writtenWhileLoading
                && $0.isMade(hasServices: !directory.isEmpty, config: content.config)
        }
        let made = (kinds.filter { $0.source == .site } + kinds.filter { $0.source != .site })
            .flatMap { kind in
                PageKind.items(kind.source, content: content, sections: sections, directory: directory)
                    .filter { path == nil || kind.path(for: $0) == path }.map { (kind, $0) }
            }
        let site = SiteJobs(
            assembler: self, content: content, sections: sections, directory: directory, making: Set(made.map(\.0)))
        return made.map { site.job($0, $1) }
    }

    /// The website's files in one of the site's other languages, under its folder (`pl/`): the kinds of `PageKind`
    /// made in each language, for each page translated into it and once for the whole edition.
    ///
    /// `edition` is `SiteContent.edition(in:)`, and this assembler's templates and renderer are that language's.
    /// `pages` includes the kinds written while the content loads (a build writes those as each translation loads).
    func editionFiles(_ edition: SiteContent, sections: [GuideSection], directory: ServiceDirectory, pages: Bool)
        -> [FileJob]
    {
        let folder = edition.config.edition?.folder ?? ""
        let kinds = PageKind.allCases.filter {
            $0.output == .web && outputs.contains($0.builtBy) && $0.isMadeInEachLanguage && (pages || !$0.writtenWhileLoading)
        }
        let site = SiteJobs(
            assembler: self, content: edition, sections: sections, directory: directory, making: Set(kinds))
        return kinds.flatMap { kind in
            site.items(kind.source).filter(Self.isTranslated).map { site.job(kind, $0).under(folder) }
        }
    }

    /// The website's files in each of the site's other languages (`localized` are their templates, in the order of
    /// `content.config.languages`), each under its folder.
    public static func languageFiles(_ content: SiteContent, localized: [TemplateSet], today: Day) -> [FileJob] {
        zip(content.config.languages, localized).flatMap { language, templates in
            SiteBuilder.editionFiles(
                content.edition(in: language), templates: templates, today: today, web: [.web, .formats], kiosk: nil,
                pages: true)
        }
    }

    /// Whether an item is made in a language's edition: a page only when it is translated into it.
    static func isTranslated(_ item: PageKind.Item) -> Bool {
        if case .page(let page) = item { return page.language != nil }
        return true
    }

    /// The file at one site path, or nil when the site has no such file; for `signpost serve`, which renders
    /// pages one at a time as they go out of date.
    public func job(at path: String, _ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory) -> FileJob? {
        for page in content.guides + content.pages {
            guard let source = Self.source(of: page) else { continue }
            for kind in PageKind.kinds(source, of: .web) where kind.path(for: .page(page)) == path {
                return loadingJob(kind, page, codes: GuideQRCodes())
            }
        }
        return siteFiles(content, sections: sections, directory: directory, templates: templates, at: path).first
    }

    /// The health report, with the leaflet register's rows as the build worked them out.
    func reportJob(_ content: SiteContent, register: [LeafletRegister.Row]) -> FileJob {
        let web = web
        let (rows, known) = (reportRows, knownRows)
        let today = today
        return FileJob(path: SitePaths.reportPath + "index.html") { emit in
            // `rows` are the preview's: each guide's row kept between edits.
            web.renderReport(HealthReport(content, today: today, rows: rows, register: register), known: known, into: emit)
        }
    }

    /// Everything may be crawled but the health report.
    static func robots(_ config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\nDisallow: \(config.basePath + SitePaths.reportPath)\n\n"
            + "Sitemap: \(config.absoluteURL("sitemap.xml"))\n"
    }

    /// One address of the sitemap: a page, section or service, when it was last changed, and the languages it is in.
    ///
    /// It holds what the address and date are made from, not their text: the build cache fingerprints every entry
    /// (`sitemapFingerprint`) after any edit, and the text is made only when the sitemap is written.
    struct SitemapEntry {
        /// Where a page is: its path on the site, or a guide's large-print version by the guide's file.
        enum Place {
            case path(String)
            case largePrint(ofGuide: String)

            var path: String {
                switch self {
                case .path(let path): path
                case .largePrint(let guide): SitePaths.largePrintPath(of: guide)
                }
            }
        }

        var place: Place
        var lastModified: Day?
        var languages: [SiteLanguage]
    }

    /// Every address the sitemap lists, in the order of the site's pages (`sitemap` sorts them), each handed to `body`
    /// as it is worked out: what the sitemap shows of the site, and all it shows.
    static func forEachSitemapEntry(
        _ content: SiteContent, sections: [GuideSection], services: [(path: String, lastModified: Day?)],
        _ body: (SitemapEntry) -> Void
    ) {
        let config = content.config
        let own = [config.defaultLanguage]
        // Each page with the languages it is in: the home page and sections are in every language.
        func languages(_ page: ContentPage) -> [SiteLanguage] {
            let translated = content.index.languages(of: page.sourcePath, in: config)
            return translated.isEmpty ? own : own + translated
        }
        body(SitemapEntry(place: .path(""), lastModified: content.home?.frontMatter.lastReviewed, languages: config.allLanguages))
        for pages in [content.guides, content.pages, content.easyReads] {
            for page in pages {
                body(
                    SitemapEntry(
                        place: .path(page.urlPath), lastModified: page.frontMatter.lastReviewed, languages: languages(page)))
            }
        }
        for guide in content.guides {
            body(
                SitemapEntry(
                    place: .largePrint(ofGuide: guide.sourcePath), lastModified: guide.frontMatter.lastReviewed,
                    languages: languages(guide)))
        }
        for section in sections {
            body(SitemapEntry(place: .path(section.urlPath), lastModified: nil, languages: config.allLanguages))
        }
        for service in services {
            body(SitemapEntry(place: .path(service.path), lastModified: service.lastModified, languages: own))
        }
    }

    /// What the sitemap shows, for the build cache: a new title or text leaves it as it is.
    ///
    /// Taken entry by entry, in the order `forEachSitemapEntry` gives them, without keeping them: the sitemap's
    /// 20,000 entries at 10,000 guides are made only when the sitemap is. Each is taken as what its text is made from
    /// (a large-print version's guide file, a date's numbers), not as the text.
    static func sitemapFingerprint(
        _ content: SiteContent, sections: [GuideSection], services: [(path: String, lastModified: Day?)]
    ) -> Fingerprint {
        var shown = Fingerprinter()
        var count = 0
        forEachSitemapEntry(content, sections: sections, services: services) { entry in
            switch entry.place {
            case .path(let path):
                shown.add(0)
                shown.add(path)
            case .largePrint(let guide):
                shown.add(1)
                shown.add(guide)
            }
            shown.add(day: entry.lastModified)
            shown.add(entry.languages.count)
            for language in entry.languages { shown.add(language.code) }
            count += 1
        }
        shown.add(count)
        return shown.finish()
    }

    /// Every page's address, and when it was last reviewed; not the health report.
    ///
    /// Handed over a line at a time.
    static func sitemap(
        _ content: SiteContent, sections: [GuideSection], services: [(path: String, lastModified: Day?)],
        into emit: (String) -> Void
    ) {
        let config = content.config
        var entries: [(path: String, lastModified: String?, languages: [SiteLanguage])] = []
        forEachSitemapEntry(content, sections: sections, services: services) {
            entries.append(($0.place.path, $0.lastModified?.iso, $0.languages))
        }
        entries.sort { $0.path < $1.path }
        let namespaces =
            config.languages.isEmpty ? "" : " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""
        emit(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\(namespaces)>\n"
        )
        func url(_ path: String, _ language: SiteLanguage) -> String {
            Escape.xml(config.absoluteURL((language == config.defaultLanguage ? "" : language.folder) + path))
        }
        for entry in entries {
            // Every version lists every version, itself included, and the English as x-default (reciprocal).
            var alternates = ""
            if entry.languages.count > 1 {
                for language in entry.languages {
                    alternates +=
                        "<xhtml:link rel=\"alternate\" hreflang=\"\(language.code)\" href=\"\(url(entry.path, language))\"/>"
                }
                alternates +=
                    "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(url(entry.path, config.defaultLanguage))\"/>"
            }
            for language in entry.languages {
                var line = "  <url><loc>\(url(entry.path, language))</loc>"
                if let lastModified = entry.lastModified { line += "<lastmod>\(lastModified)</lastmod>" }
                emit(line + alternates + "</url>\n")
            }
        }
        emit("</urlset>\n")
    }
}
