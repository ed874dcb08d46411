import Content
import Render
import Utilities

/// Puts the whole site together: every page rendered in parallel, then the indexes and files for robots.
struct SiteAssembler {
    let templates: TemplateSet
    let content: SiteContent
    let sections: [GuideSection]

    func files() -> [RenderedFile] {
        let web = WebRenderer(templates: templates, content: content)
        let pages = content.guides + content.pages
        var files = Parallel.map(pages) { web.render($0) }
        files.append(web.renderHome(sections: sections))
        files += sections.map { web.render($0) }
        files.append(web.renderNotFound())
        files.append(RenderedFile(path: "sitemap.xml", text: sitemap()))
        files.append(RenderedFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(content.config.absoluteURL("sitemap.xml"))\n"))
        return files
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

enum XML {
    static func escape(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
