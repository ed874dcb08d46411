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

    /// The website's files for `signpost serve`, which keeps them in memory: `reportRows` are the health report's rows
    /// it keeps between edits.
    public init(templates: TemplateSet, content: SiteContent, today: Day, reportRows: [HealthReport.Row]?) {
        self.init(
            templates: templates, web: WebRenderer(templates: templates, content: content), config: content.config,
            today: today, reportRows: reportRows)
    }

    init(templates: TemplateSet, web: WebRenderer, config: SiteConfig, today: Day, reportRows: [HealthReport.Row]? = nil) {
        self.templates = templates
        self.web = web
        self.config = config
        self.today = today
        self.reportRows = reportRows
    }

    /// The files made from one guide or page, written while the content is still loading: the kinds of `PageKind`
    /// made from each guide (its page, large-print page, leaflets and braille file) or each page.
    ///
    /// `codes` are the QR codes of its addresses, shared with its kiosk page.
    func files(for page: ContentPage, codes: GuideQRCodes = GuideQRCodes()) -> [FileJob] {
        guard let source = Self.source(of: page) else { return [] }  // home and easy read: once every page is loaded
        return PageKind.kinds(source, of: .web).map { kind in loadingJob(kind, page, codes: codes) }
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
    func siteFiles(
        _ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory, templates: TemplateSet
    ) -> [FileJob] {
        let site = SiteJobs(assembler: self, content: content, sections: sections, directory: directory)
        return PageKind.allCases.filter {
            $0.output == .web && !$0.writtenWhileLoading && (!$0.needsServices || !directory.isEmpty)
        }
        .flatMap { kind in site.items(kind.source).map { site.job(kind, $0) } }
    }

    /// The website's pages for `signpost serve`, which keeps them in memory: every guide and page, and the files of the
    /// whole site.
    ///
    /// The other formats are made when they are asked for (`job(at:)`).
    public func webFiles(_ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory) -> [FileJob] {
        let own =
            content.guides.map { loadingJob(.guide, $0, codes: GuideQRCodes()) }
            + content.pages.map { loadingJob(.page, $0, codes: GuideQRCodes()) }
        return own + siteFiles(content, sections: sections, directory: directory, templates: templates)
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
        return siteFiles(content, sections: sections, directory: directory, templates: templates).first { $0.path == path }
    }

    func reportJob(_ content: SiteContent) -> FileJob {
        let web = web
        let rows = reportRows
        let today = today
        return FileJob(path: SitePaths.reportPath + "index.html") { emit in
            let report = rows.map { HealthReport(rows: $0, config: content.config, today: today, services: content.services) }
            web.renderReport(report ?? HealthReport(content, today: today), into: emit)
        }
    }

    /// Everything may be crawled but the health report.
    static func robots(_ config: SiteConfig) -> String {
        "User-agent: *\nAllow: /\nDisallow: \(config.basePath + SitePaths.reportPath)\n\n"
            + "Sitemap: \(config.absoluteURL("sitemap.xml"))\n"
    }

    /// Every page's address, and when it was last reviewed; not the health report.
    ///
    /// Handed over a line at a time.
    static func sitemap(
        _ content: SiteContent, sections: [GuideSection], services: [(path: String, lastModified: String?)],
        into emit: (String) -> Void
    ) {
        var entries: [(String, String?)] = [("", content.home?.frontMatter.lastReviewed?.iso)]
        entries += (content.guides + content.pages + content.easyReads).map { ($0.urlPath, $0.frontMatter.lastReviewed?.iso) }
        entries += content.guides.map { (SitePaths.largePrintPath(of: $0.sourcePath), $0.frontMatter.lastReviewed?.iso) }
        entries += sections.map { ($0.urlPath, nil) }
        entries += services.map { ($0.path, $0.lastModified) }
        emit("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for (path, lastModified) in entries.sorted(by: { $0.0 < $1.0 }) {
            var line = "  <url><loc>\(Escape.xml(content.config.absoluteURL(path)))</loc>"
            if let lastModified { line += "<lastmod>\(lastModified)</lastmod>" }
            emit(line + "</url>\n")
        }
        emit("</urlset>\n")
    }
}
