import Content

/// What every page's template gets, worked out once a build.
struct SharedContext: Sendable {
    let root: String
    let config: SiteConfig
    let contact: [String: AnySendable]
    let formatsRoutes: [[String: String]]
    let accessibilityURL: String?
    /// The directory of services, when the site has one.
    let servicesURL: String?
    /// PALS's own page in the directory (`pals_service` in site.yaml).
    let palsServiceURL: String?

    init(content: SiteContent) {
        config = content.config
        root = config.basePath
        contact = ContactContext.details(config.contact)
        formatsRoutes = ContactContext.routes(config.formatsContact)
        let basePath = content.config.basePath
        accessibilityURL = content.accessibilityStatement.map { basePath + $0.urlPath }
        let published = content.services.filter(\.status.isPublished)
        servicesURL = published.isEmpty ? nil : basePath + ContentLayout.serviceDirectoryPath
        palsServiceURL = content.config.palsService.flatMap { id in
            published.first { $0.id == id }.map { basePath + $0.urlPath }
        }
    }

    var homeCrumb: [String: String] { ["title": "Home", "url": root] }

    /// The keys common to every page; `urlPath` nil for a page with no address of its own (the 404 page).
    func page(title: String, summary: String, urlPath: String?) -> [String: Any] {
        var context: [String: Any] = [
            "lang": config.language,
            "root": root,
            "site_title": config.title,
            "organisation": config.organisation,
            "page_title": title,
            "head_title": title + " - " + config.title,
            "description": summary,
            "contact": contact.mapValues(\.value),
            "formats_routes": formatsRoutes,
            "feedback_href": ContactContext.feedbackURL(config.feedbackEmail, about: title),
            "is_home": false,
        ]
        if let urlPath { context["canonical_url"] = config.absoluteURL(urlPath) }
        if let accessibilityURL { context["accessibility_url"] = accessibilityURL }
        if let servicesURL { context["services_url"] = servicesURL }
        if let palsServiceURL { context["pals_service_url"] = palsServiceURL }
        return context
    }
}

/// A value that can be shared between threads, for template contexts built once.
struct AnySendable: @unchecked Sendable {
    let value: Any
}
