import Content

extension WebRenderer {
    /// The search page: the box, the list `assets/search.js` fills with results from the index of the page's
    /// language, and every guide and service A to Z, for a reader without the script.
    ///
    /// `guides` are this edition's (a guide not translated is the English one, marked), `services` the published ones.
    public func renderSearch(guides: [ContentPage], services: [Service]) -> String {
        var context = common.page(title: templates.strings(.searchTitle), summary: "", urlPath: SitePaths.searchPath)
        // The way up from this page to the top of the website, so that the search also works opened from the disk.
        let root = SitePaths.relativePath(from: (config.edition?.folder ?? "") + SitePaths.searchPath, to: "")
        context["search_root"] = root
        context["search_index"] = root + SitePaths.searchIndexFolder(config.pageLanguage)
        var items = guides.map { (key: $0.frontMatter.title.lowercased(), url: config.url(of: $0), link: common.link(to: $0)) }
        items += services.map { service in
            let url = config.siteBasePath + service.urlPath
            let link: [String: Any] = [
                "title": service.name, "url": url, "summary": service.summary, "in_english": config.edition != nil,
            ]
            return (key: service.name.lowercased(), url: url, link: link)
        }
        context["a_to_z"] = items.sorted(byKey: \.key, then: \.url).map(\.link)
        context["breadcrumbs"] = [common.homeCrumb]
        addLanguages(to: &context, page: nil, path: SitePaths.searchPath)
        return templates.render(context, with: "pages/search")
    }
}
