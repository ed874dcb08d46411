import Content
import Markdown

/// The web output: each guide, page and index as the HTML of a page of the site.
///
/// Where each page is written is the Site stage's business.
public struct WebRenderer: Sendable {
    let templates: TemplateSet
    let config: SiteConfig
    let common: SharedContext
    let formatLinks: FormatLinks

    /// A renderer for a site whose pages are still being loaded: it needs only the settings, where the accessibility
    /// statement is (`ContentFolder.accessibilityStatementURL`), the services and the index of files.
    ///
    /// `guides`, once loaded, give easy-read pages their guide's title and section.
    public init(
        templates: TemplateSet, config: SiteConfig, accessibilityStatementURL: String?, services: [Service],
        index: ContentIndex, guides: [ContentPage] = []
    ) {
        self.config = config
        self.common = SharedContext(
            config: config, accessibilityURL: accessibilityStatementURL, services: services, strings: templates.strings)
        self.templates = templates.renderingSitePartials(with: common.site, for: .web)
        self.formatLinks = FormatLinks(index: index, basePath: config.basePath, guides: guides, strings: templates.strings)
    }

    /// A renderer for loaded content.
    public init(templates: TemplateSet, content: SiteContent) {
        self.init(
            templates: templates, config: content.config,
            accessibilityStatementURL: content.accessibilityStatement.map { content.config.basePath + $0.urlPath },
            services: content.services, index: content.index, guides: content.guides)
    }

    /// A guide or a standalone page.
    public func render(_ page: ContentPage) -> String {
        var context = common.page(title: page.frontMatter.title, summary: page.frontMatter.summary, urlPath: page.urlPath)
        let matter = page.frontMatter
        context["summary"] = matter.summary
        context["body"] = page.document.html
        let contents = page.document.headings.filter { $0.level == 2 }
        let listed = contents.count >= 3 ? contents.map { ["title": $0.text, "id": $0.id] } : []
        context["contents"] = listed
        context["has_contents"] = !listed.isEmpty
        context["owner"] = matter.owner
        context["last_reviewed"] = matter.lastReviewed.map { DateContext.of($0, templates.strings.wording) }
        context["next_review"] = matter.nextReview.map { DateContext.of($0, templates.strings.wording) }
        context["sources"] = matter.sources.map { ["title": $0.title, "url": $0.url] }
        let formats = matter.formats.map { ["name": templates.strings.name(of: $0)] }
        context["formats_available"] = formats
        context["has_formats_available"] = !formats.isEmpty
        if page.kind == .guide { addFormatLinks(to: &context, page: page, urlPath: page.urlPath) }
        var crumbs = [common.homeCrumb]
        if page.kind == .guide {
            let section = GuideSections.title(of: page)
            let sectionLink = ["title": section, "url": common.root + SitePaths.sectionPath(section)]
            context["section"] = sectionLink
            crumbs.append(sectionLink)
        }
        context["breadcrumbs"] = crumbs
        let template = page.kind == .guide ? "pages/guide" : "pages/page"
        return templates.render(context, with: template)
    }

    /// The home page: the words of `home.md`, then each section with its first guides.
    public func renderHome(_ page: ContentPage?, sections: [GuideSection], guidesPerSection: Int = 6) -> String {
        let home = page?.frontMatter
        var context = common.page(title: home?.title ?? config.title, summary: home?.summary ?? "", urlPath: "")
        context["is_home"] = true
        context["head_title"] = config.title + " - " + config.organisation
        context["intro"] = page?.document.html ?? ""
        context["breadcrumbs"] = [[String: String]]()
        context["sections"] = sections.map { section -> [String: Any] in
            var item: [String: Any] = [
                "title": section.title, "url": common.root + section.urlPath,
                "guides": section.guides.prefix(guidesPerSection).map(guideLink),
            ]
            if section.guides.count > guidesPerSection {
                item["more"] = ["count": section.guides.count, "url": common.root + section.urlPath]
            }
            return item
        }
        if let home {
            context["last_reviewed"] = home.lastReviewed.map { DateContext.of($0, templates.strings.wording) }
            context["next_review"] = home.nextReview.map { DateContext.of($0, templates.strings.wording) }
        }
        return templates.render(context, with: "pages/home")
    }

    /// A section's page: every guide in it.
    public func render(_ section: GuideSection) -> String {
        let summary = templates.strings(.sectionSummary, ["section": section.title.lowercased(), "site": config.title])
        var context = common.page(title: section.title, summary: summary, urlPath: section.urlPath)
        context["guides"] = section.guides.map(guideLink)
        context["breadcrumbs"] = [common.homeCrumb]
        return templates.render(context, with: "pages/section")
    }

    /// The page servers show for an address that does not exist.
    public func renderNotFound() -> String {
        var context = common.page(title: templates.strings(.notFoundTitle), summary: "", urlPath: nil)
        context["breadcrumbs"] = [common.homeCrumb]
        return templates.render(context, with: "pages/not-found")
    }

    private func guideLink(_ page: ContentPage) -> [String: String] {
        ["title": page.frontMatter.title, "url": common.root + page.urlPath, "summary": page.frontMatter.summary]
    }
}
