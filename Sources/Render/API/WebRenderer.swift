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
    let versions: LanguageVersions

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
        self.formatLinks = FormatLinks(index: index, config: config, guides: guides, strings: templates.strings)
        self.versions = LanguageVersions(config: config, index: index)
    }

    /// A renderer for loaded content.
    public init(templates: TemplateSet, content: SiteContent) {
        self.init(
            templates: templates, config: content.config,
            accessibilityStatementURL: content.accessibilityStatement.map(content.config.url(of:)),
            services: content.services, index: content.index, guides: content.guides)
    }

    /// The page's versions in the site's languages (the language list and the alternates), and, on a translation,
    /// who made it and whether the English has changed since.
    func addLanguages(to context: inout [String: Any], page: ContentPage?, path: String) {
        context.merge(versions.context(sourcePath: page?.sourcePath, path: path)) { _, new in new }
        guard let page, let translation = page.translation else { return }
        var about: [String: Any] = [
            "translator": translation.translator, "english_url": config.siteBasePath + path,
            "out_of_date":
                TranslationStatus(translation, englishLastReviewed: page.frontMatter.lastReviewed) == .outOfDate,
        ]
        about["translated_from"] = translation.translatedFrom.map { DateContext.of($0, templates.strings.wording) }
        context["translation"] = about
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
        context["document"] = DocumentContext.of(page, templates.strings.wording)
        context["sources"] = matter.sources.map { ["title": $0.title, "url": $0.url] }
        let formats = matter.formats.map { ["name": templates.strings.name(of: $0)] }
        context["formats_available"] = formats
        context["has_formats_available"] = !formats.isEmpty
        if page.kind == .guide { addFormatLinks(to: &context, page: page, urlPath: page.urlPath) }
        addLanguages(to: &context, page: page, path: page.urlPath)
        var crumbs = [common.homeCrumb]
        if page.kind == .guide {
            let section = GuideSections.title(of: page)
            let sectionLink = ["title": config.sectionTitle(section), "url": common.root + SitePaths.sectionPath(section)]
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
        if let page, config.isFallback(page) { context["intro_in_english"] = true }
        addLanguages(to: &context, page: nil, path: "")
        if let translation = page?.translation { context["translation"] = ["translator": translation.translator] }
        context["breadcrumbs"] = [[String: String]]()
        // In another language, the home page lists every guide, those translated first.
        let perSection = config.edition == nil ? guidesPerSection : Int.max
        context["sections"] = sections.map { section -> [String: Any] in
            let guides = config.edition == nil ? section.guides : translatedFirst(section.guides)
            var item: [String: Any] = [
                "title": config.sectionTitle(section.title), "url": common.root + section.urlPath,
                "guides": guides.prefix(perSection).map(common.link(to:)),
            ]
            if section.guides.count > perSection {
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

    /// The pages translated into this edition's language, then those standing in for a translation, each in their
    /// order.
    func translatedFirst(_ pages: [ContentPage]) -> [ContentPage] {
        pages.filter { !config.isFallback($0) } + pages.filter(config.isFallback)
    }

    /// A section's page: every guide in it.
    public func render(_ section: GuideSection) -> String {
        let title = config.sectionTitle(section.title)
        let summary = templates.strings(.sectionSummary, ["section": title.lowercased(), "site": config.title])
        var context = common.page(title: title, summary: summary, urlPath: section.urlPath)
        context["guides"] = (config.edition == nil ? section.guides : translatedFirst(section.guides)).map(common.link(to:))
        context["breadcrumbs"] = [common.homeCrumb]
        addLanguages(to: &context, page: nil, path: section.urlPath)
        return templates.render(context, with: "pages/section")
    }

    /// The page servers show for an address that does not exist.
    public func renderNotFound() -> String {
        var context = common.page(title: templates.strings(.notFoundTitle), summary: "", urlPath: nil)
        context["breadcrumbs"] = [common.homeCrumb]
        addLanguages(to: &context, page: nil, path: "")
        return templates.render(context, with: "pages/not-found")
    }
}
