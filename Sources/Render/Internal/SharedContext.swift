import Content

/// What every page's template gets, worked out once a build.
struct SharedContext: Sendable {
    let root: String
    let config: SiteConfig
    let contact: [String: AnySendable]
    let formatsRoutes: [[String: String]]
    let accessibilityURL: String?

    init(config: SiteConfig, accessibilityURL: String?) {
        self.config = config
        root = config.basePath
        contact = ContactContext.details(config.contact)
        formatsRoutes = ContactContext.routes(config.formatsContact)
        self.accessibilityURL = accessibilityURL
    }

    var homeCrumb: [String: String] { ["title": "Home", "url": root] }

    /// The keys that are the same on every page: all that site-wide partials see.
    var site: [String: Any] {
        var context: [String: Any] = [
            "lang": config.language,
            "root": root,
            "site_title": config.title,
            "organisation": config.organisation,
            "contact": contact.mapValues(\.value),
            "formats_routes": formatsRoutes,
        ]
        if let accessibilityURL { context["accessibility_url"] = accessibilityURL }
        return context
    }

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
        return context
    }
}

/// A value that can be shared between threads, for template contexts built once.
struct AnySendable: @unchecked Sendable {
    let value: Any
}
