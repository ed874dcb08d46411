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

    /// The files made from one guide or page, written while the content is still loading: a guide's page, its large-
    /// print page, braille file and leaflets.
    ///
    /// `codes` are the QR codes of its addresses, shared with its kiosk page.
    func files(for page: ContentPage, codes: GuideQRCodes = GuideQRCodes()) -> [FileJob] {
        let web = web
        switch page.kind {
        case .home, .easyRead:
            return []  // made once every guide is loaded: the home page lists them, an easy-read page names its guide
        case .page:
            return [FileJob(path: page.urlPath + "index.html") { web.render(page) }]
        case .guide:
            let leaflets = LeafletRenderer(web: web)
            let braille = BrailleRenderer(web: web)
            return [
                FileJob(path: page.urlPath + "index.html") { web.render(page) },
                FileJob(path: SitePaths.largePrintPath(of: page.sourcePath) + "index.html") { web.renderLargePrint(page) },
                FileJob(path: SitePaths.leafletPath(of: page.sourcePath, edition: .standard) + ".html") {
                    leaflets.render(page, edition: .standard, codes: codes)
                },
                FileJob(path: SitePaths.leafletPath(of: page.sourcePath, edition: .largePrint) + ".html") {
                    leaflets.render(page, edition: .largePrint, codes: codes)
                },
                FileJob(path: SitePaths.braillePath(of: page.sourcePath)) { braille.render(page) },
            ]
        }
    }

    /// The files made from the whole site, once every page is loaded: the home page, the section pages, the 404
    /// page, the health report, the easy-read pages, the directory of services, the sitemap and robots.txt.
    func siteFiles(
        _ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory, templates: TemplateSet
    ) -> [FileJob] {
        let web = web
        let home = content.home
        var jobs = [FileJob(path: "index.html") { web.renderHome(home, sections: sections) }]
        jobs += sections.map { section in FileJob(path: section.urlPath + "index.html") { web.render(section) } }
        jobs.append(FileJob(path: "404.html") { web.renderNotFound() })
        jobs.append(reportJob(content))
        jobs += serviceJobs(content, directory: directory)
        jobs += easyReadJobs(content, templates: templates)
        let services = Self.servicePaths(directory)
        jobs.append(
            FileJob(path: "sitemap.xml") { emit in Self.sitemap(content, sections: sections, services: services, into: emit) })
        let robots = Self.robots(config)
        jobs.append(FileJob(path: "robots.txt") { robots })
        return jobs
    }

    /// The website's pages for `signpost serve`, which keeps them in memory: every guide and page, and the files of the
    /// whole site.
    ///
    /// The other formats are made when they are asked for (`job(at:)`).
    public func webFiles(_ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory) -> [FileJob] {
        let web = web
        return (content.guides + content.pages).map { page in FileJob(path: page.urlPath + "index.html") { web.render(page) } }
            + siteFiles(content, sections: sections, directory: directory, templates: templates)
    }

    /// The file at one site path, or nil when the site has no such file; for `signpost serve`, which renders
    /// pages one at a time as they go out of date.
    public func job(at path: String, _ content: SiteContent, sections: [GuideSection], directory: ServiceDirectory) -> FileJob? {
        let web = web
        for page in content.guides + content.pages where page.urlPath + "index.html" == path {
            return FileJob(path: path) { web.render(page) }
        }
        // A guide's other formats (their folders are in `SitePaths`).
        if ["large-print/", "braille/", "leaflets/"].contains(where: { path.hasPrefix($0) }) {
            for page in content.guides {
                if let job = files(for: page).first(where: { $0.path == path }) { return job }
            }
        }
        return siteFiles(content, sections: sections, directory: directory, templates: templates).first { $0.path == path }
    }

    private func reportJob(_ content: SiteContent) -> FileJob {
        let web = web
        let rows = reportRows
        let today = today
        return FileJob(path: SitePaths.reportPath + "index.html") { emit in
            let report = rows.map { HealthReport(rows: $0, config: content.config, today: today, services: content.services) }
            web.renderReport(report ?? HealthReport(content, today: today), into: emit)
        }
    }

    /// The easy-read pages and their leaflets, made once every guide is loaded: each shows its guide's title.
    func easyReadJobs(_ content: SiteContent, templates: TemplateSet) -> [FileJob] {
        guard !content.easyReads.isEmpty else { return [] }
        let web = WebRenderer(templates: templates, content: content)
        let leaflets = LeafletRenderer(web: web)
        return content.easyReads.flatMap { page in
            [
                FileJob(path: page.urlPath + "index.html") { web.renderEasyRead(page) },
                FileJob(path: SitePaths.leafletPath(of: page.sourcePath, edition: .easyRead) + ".html") {
                    leaflets.render(page, edition: .easyRead)
                },
            ]
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
