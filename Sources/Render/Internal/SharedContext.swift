import Content

/// What every page's template gets, worked out once a build.
struct SharedContext: Sendable {
    let root: String
    let config: SiteConfig
    let strings: Strings
    /// `site`, made once: every page of a build starts from it.
    private let siteKeys: SendableValue<[String: Any]>

    init(config: SiteConfig, accessibilityURL: String?, services: [Service], strings: Strings) {
        self.config = config
        self.strings = strings
        root = config.basePath
        let basePath = config.siteBasePath  // the directory is in the site's own language only
        let published = services.filter(\.status.isPublished)
        // The directory of services, when the site has one, and PALS's own page in it (`pals_service` in site.yaml).
        let servicesURL = published.isEmpty ? nil : basePath + SitePaths.serviceDirectoryPath
        let palsServiceURL = config.palsService.flatMap { id in
            published.first { $0.id == id }.map { basePath + $0.urlPath }
        }
        siteKeys = SendableValue(
            value: Self.site(
                config: config, root: root, formatsRoutes: ContactContext.routes(config.formatsContact, strings: strings),
                accessibilityURL: accessibilityURL, servicesURL: servicesURL, palsServiceURL: palsServiceURL))
    }

    init(content: SiteContent, strings: Strings) {
        self.init(
            config: content.config, accessibilityURL: content.accessibilityStatement.map(content.config.url(of:)),
            services: content.services, strings: strings)
    }

    /// A link to a page from a list: its title, address and summary; a page in another language's edition that is not
    /// translated into it goes to the English page, marked `in_english`.
    func link(to page: ContentPage) -> [String: Any] {
        [
            "title": page.frontMatter.title, "url": config.url(of: page), "summary": page.frontMatter.summary,
            "in_english": config.isFallback(page),
        ]
    }

    var homeCrumb: [String: String] { ["title": strings(.home), "url": root] }

    /// The keys that are the same on every page: all that site-wide partials see.
    var site: [String: Any] { siteKeys.value }

    private static func site(
        config: SiteConfig, root: String, formatsRoutes: [[String: String]], accessibilityURL: String?,
        servicesURL: String?, palsServiceURL: String?
    ) -> [String: Any] {
        var context: [String: Any] = [
            "lang": config.pageLanguage.code,
            "dir": config.pageLanguage.direction.rawValue,
            "root": root,
            "site_root": config.siteBasePath,
            // The language site.yaml's words are in (PALS's hours and address), for their `lang`.
            "content_lang": config.language,
            "site_title": config.title,
            "organisation": config.organisation,
            "search_url": root + SitePaths.searchPath,
            "contact": ContactContext.details(config.contact),
            "formats_routes": formatsRoutes,
        ]
        if let accessibilityURL { context["accessibility_url"] = accessibilityURL }
        if let servicesURL {
            context["services_url"] = servicesURL
            // The directory is in the site's own language: on another language's pages, links to it say so.
            context["services_in_english"] = config.edition != nil
        }
        if let palsServiceURL { context["pals_service_url"] = palsServiceURL }
        context["brand_css"] = config.branding.headerColour != nil
        if let logo = config.branding.logo {
            context["logo"] = ["src": config.siteBasePath + logo.path, "alt": logo.alt]
        }
        return context
    }

    /// The keys common to every page; `urlPath` nil for a page with no address of its own (the 404 page).
    func page(title: String, summary: String, urlPath: String?) -> [String: Any] {
        var context = site
        context["page_title"] = title
        context["head_title"] = title + " - " + config.title
        context["description"] = summary
        context["feedback_href"] = ContactContext.feedbackURL(
            config.feedbackEmail, subject: strings(.feedbackSubject, ["title": title]))
        context["is_home"] = false
        if let urlPath { context["canonical_url"] = config.absoluteURL(urlPath) }
        return context
    }
}

/// A value that can be shared between threads, for template contexts built once: text, numbers, flags and collections
/// of them, never changed once made.
struct SendableValue<Value>: @unchecked Sendable {
    let value: Value
}
