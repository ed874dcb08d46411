import Checks
import Content
import Render
import Utilities

/// Puts the whole site together: a job for every file, each rendered only when the writer runs it,
/// so pages are rendered and written in the same parallel task and never all held in memory at once.
struct SiteAssembler {
    let templates: TemplateSet
    let content: SiteContent
    let sections: [GuideSection]
    let directory: ServiceDirectory
    /// The date the health report is for.
    let today: Day
    /// The health report's rows, when they are already made (`signpost serve` keeps them between edits).
    var reportRows: [HealthReport.Row]? = nil

    func jobs() -> [FileJob] {
        let web = WebRenderer(templates: templates, content: content)
        let sections = self.sections
        var jobs = (content.guides + content.pages).map { page in
            FileJob(path: page.urlPath + "index.html") { web.render(page) }
        }
        jobs.append(FileJob(path: "index.html") { web.renderHome(sections: sections) })
        jobs += sections.map { section in FileJob(path: section.urlPath + "index.html") { web.render(section) } }
        jobs.append(FileJob(path: "404.html") { web.renderNotFound() })
        jobs.append(reportJob(web))
        jobs += serviceJobs()
        jobs.append(FileJob(path: "sitemap.xml") { [self] in sitemap() })
        let robots = robots
        jobs.append(FileJob(path: "robots.txt") { robots })
        return jobs
    }

    /// The job for one site path, or nil when the site has no such file; for `signpost serve`, which
    /// renders pages one at a time as they go out of date.
    func job(at path: String) -> FileJob? {
        let web = WebRenderer(templates: templates, content: content)
        switch path {
        case "index.html": return FileJob(path: path) { [sections] in web.renderHome(sections: sections) }
        case "404.html": return FileJob(path: path) { web.renderNotFound() }
        case "sitemap.xml": return FileJob(path: path) { [self] in sitemap() }
        case "robots.txt": return FileJob(path: path) { [robots] in robots }
        case ContentLayout.reportPath + "index.html": return reportJob(web)
        default:
            if let page = (content.guides + content.pages).first(where: { $0.urlPath + "index.html" == path }) {
                return FileJob(path: path) { web.render(page) }
            }
            if let section = sections.first(where: { $0.urlPath + "index.html" == path }) {
                return FileJob(path: path) { web.render(section) }
            }
            return serviceJobs().first { $0.path == path }
        }
    }

    private func reportJob(_ web: WebRenderer) -> FileJob {
        FileJob(path: ContentLayout.reportPath + "index.html") { [self] in
            let report = reportRows.map {
                HealthReport(rows: $0, config: content.config, today: today, services: content.services)
            }
            return web.renderReport(report ?? HealthReport(content, today: today))
        }
    }

    /// Everything may be crawled but the health report.
    var robots: String {
        "User-agent: *\nAllow: /\nDisallow: \(content.config.basePath + ContentLayout.reportPath)\n\n"
            + "Sitemap: \(content.config.absoluteURL("sitemap.xml"))\n"
    }

    /// Every page's address, and when it was last reviewed.
    func sitemap() -> String {
        var entries: [(String, String?)] = [("", content.home?.frontMatter.lastReviewed?.iso)]
        entries += (content.guides + content.pages).map { ($0.urlPath, $0.frontMatter.lastReviewed?.iso) }
        entries += sections.map { ($0.urlPath, nil) }
        entries += servicePaths().map { ($0.path, $0.lastModified) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastModified) in entries.sorted(by: { $0.0 < $1.0 }) {
            xml += "  <url><loc>\(XML.escape(content.config.absoluteURL(path)))</loc>"
            if let lastModified { xml += "<lastmod>\(lastModified)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}

/// A file of the site, and how to make its text.
struct FileJob: Sendable {
    let path: String
    let make: @Sendable () -> String
}

enum XML {
    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
