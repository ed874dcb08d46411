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
    /// The date the health report is for.
    let today: Day
    /// The health report, when it is already made (`signpost serve` keeps it between edits).
    var report: HealthReport? = nil

    func jobs() -> [FileJob] {
        let web = WebRenderer(templates: templates, content: content)
        let sections = self.sections
        var jobs = (content.guides + content.pages).map { page in
            FileJob(path: page.urlPath + "index.html") { web.render(page) }
        }
        jobs.append(FileJob(path: "index.html") { web.renderHome(sections: sections) })
        jobs += sections.map { section in FileJob(path: section.urlPath + "index.html") { web.render(section) } }
        jobs.append(FileJob(path: "404.html") { web.renderNotFound() })
        let report = self.report
        jobs.append(FileJob(path: ContentLayout.reportPath + "index.html") { web.renderReport(report ?? HealthReport(content, today: today)) })
        let sitemap = sitemap()
        jobs.append(FileJob(path: "sitemap.xml") { sitemap })
        let robots = "User-agent: *\nAllow: /\nDisallow: \(content.config.basePath + ContentLayout.reportPath)\n\n"
            + "Sitemap: \(content.config.absoluteURL("sitemap.xml"))\n"
        jobs.append(FileJob(path: "robots.txt") { robots })
        return jobs
    }

    /// Every page's address, and when it was last reviewed.
    func sitemap() -> String {
        var entries: [(String, String?)] = [("", content.home?.frontMatter.lastReviewed?.iso)]
        entries += (content.guides + content.pages).map { ($0.urlPath, $0.frontMatter.lastReviewed?.iso) }
        entries += sections.map { ($0.urlPath, nil) }
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
