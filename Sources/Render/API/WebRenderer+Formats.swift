import Content

extension WebRenderer {
    /// A guide's large-print web page: the same words, larger, in one column, with no italics.
    public func renderLargePrint(_ guide: ContentPage) -> String {
        let urlPath = SitePaths.largePrintPath(of: guide.sourcePath)
        var context = guideContext(guide, urlPath: urlPath)
        context["head_title"] = "\(guide.frontMatter.title) (large print) - \(config.title)"
        context["standard_url"] = common.root + guide.urlPath
        addLanguages(to: &context, page: guide, path: urlPath)
        return templates.render(context, with: "pages/large-print")
    }

    /// An easy-read guide's web page: each picture beside its words.
    public func renderEasyRead(_ page: ContentPage) -> String {
        var context = guideContext(page, urlPath: page.urlPath)
        context["head_title"] = "\(page.frontMatter.title) (easy read) - \(config.title)"
        let guidePath = FormatLinks.guidePath(of: page)
        if let guide = formatLinks.guide(at: guidePath) {
            context["standard_url"] = config.url(of: guide)
            context["standard_title"] = guide.frontMatter.title
            if config.isFallback(guide) { context["standard_in_english"] = true }
        }
        addLanguages(to: &context, page: page, path: page.urlPath)
        return templates.render(context, with: "pages/easy-read")
    }

    /// What a guide, its large-print page and its easy-read page all show: the words, the review dates,
    /// the sources, and the other formats with links to those on the site.
    func guideContext(_ page: ContentPage, urlPath: String) -> [String: Any] {
        var context = common.page(title: page.frontMatter.title, summary: page.frontMatter.summary, urlPath: urlPath)
        let matter = page.frontMatter
        context["summary"] = matter.summary
        context["body"] = page.document.html
        context["owner"] = matter.owner
        context["last_reviewed"] = matter.lastReviewed.map { DateContext.of($0, templates.strings.wording) }
        context["next_review"] = matter.nextReview.map { DateContext.of($0, templates.strings.wording) }
        context["document"] = DocumentContext.of(page, templates.strings.wording)
        context["sources"] = matter.sources.map { ["title": $0.title, "url": $0.url] }
        addFormatLinks(to: &context, page: page, urlPath: urlPath)
        var crumbs = [common.homeCrumb]
        let guidePath = FormatLinks.guidePath(of: page)
        if let guide = page.kind == .guide ? page : formatLinks.guide(at: guidePath) {
            let section = GuideSections.title(of: guide)
            crumbs.append(["title": config.sectionTitle(section), "url": common.root + SitePaths.sectionPath(section)])
            if guide.sourcePath != page.sourcePath || urlPath != guide.urlPath {
                crumbs.append(["title": guide.frontMatter.title, "url": config.url(of: guide)])
            }
        }
        context["breadcrumbs"] = crumbs
        return context
    }

    /// `format_links` (the versions on the site) and `formats_available` (others that exist, such as audio).
    func addFormatLinks(to context: inout [String: Any], page: ContentPage, urlPath: String) {
        let guidePath = FormatLinks.guidePath(of: page)
        let guideURLPath = formatLinks.url(ofGuide: guidePath) ?? page.urlPath
        let links = formatLinks.links(forGuide: guidePath, urlPath: guideURLPath, except: urlPath)
        if page.language != nil { context["is_translation"] = true }
        context["format_links"] = links
        context["has_format_links"] = !links.isEmpty
        let made: Set<Format> = [.easyRead, .largePrint, .braille]
        let others = page.frontMatter.formats.filter { !made.contains($0) }.map { ["name": templates.strings.name(of: $0)] }
        context["formats_available"] = others
        context["has_formats_available"] = !others.isEmpty
    }
}
