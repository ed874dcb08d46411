import Content

/// What every kiosk page's template gets, worked out once a build; addresses are made relative to
/// each page, so the kiosk works opened from a folder on the disk.
struct KioskContext: Sendable {
    let config: SiteConfig
    let settings: KioskSettings
    let shortAddress: String

    init(config: SiteConfig) {
        self.config = config
        settings = config.kiosk
        shortAddress = settings.shortAddress ?? WebAddress.short(config.baseURL)
    }

    /// The keys that are the same on every kiosk page: all that the kiosk's site-wide partials see.
    ///
    /// `formats` is the `{links}` of the cards for asking PALS for another format, with their QR codes.
    func site(formats: Any) -> [String: Any] {
        [
            "lang": config.pageLanguage.code,
            "dir": config.pageLanguage.direction.rawValue,
            "site_title": config.title,
            "organisation": config.organisation,
            "idle_seconds": settings.idleSeconds,
            "warning_seconds": settings.warningSeconds,
            "short_address": shortAddress,
            "formats": formats,
        ]
    }

    /// The keys common to every kiosk page.
    ///
    /// `folder` is the page's folder in the kiosk (`guides/x/`),
    /// `back` the site path of the page "Back" leads to when there is no page to go back to.
    func page(title: String, folder: String, back: String) -> [String: Any] {
        let home = SitePaths.relativePath(from: folder, to: "")
        let root = assetRoot(from: folder)
        var context: [String: Any] = [
            "lang": config.pageLanguage.code,
            "dir": config.pageLanguage.direction.rawValue,
            "root": root,
            // The time-out goes back to the English start page.
            "reset_href": root + "index.html",
            "content_lang": config.language,
            "site_title": config.title,
            "organisation": config.organisation,
            "page_title": title,
            "head_title": title + " - " + config.title,
            "start_href": home + "index.html",
            "back_href": home + back,
            "idle_seconds": settings.idleSeconds,
            "warning_seconds": settings.warningSeconds,
            "short_address": shortAddress,
            "is_start": false,
        ]
        context["brand_css"] = config.branding.headerColour != nil
        if let logo = config.branding.logo { context["logo"] = ["src": root + logo.path, "alt": logo.alt] }
        return context
    }
}

extension KioskContext {
    /// Each other language's kiosk is a folder of the English one (`kiosk/pl/`), sharing its styles, scripts and
    /// pictures, its directory of services, and its pages not translated: what is one folder up from it.
    var up: String { config.edition == nil ? "" : "../" }

    /// The way from a folder of this kiosk to the English kiosk's folder, where its styles and pictures are.
    func assetRoot(from folder: String) -> String {
        SitePaths.relativePath(from: folder, to: "") + up
    }

    /// The way from a folder of this kiosk to a page: in this kiosk, or in the English one when it is not translated.
    func href(to page: ContentPage, from folder: String) -> String {
        SitePaths.relativePath(from: folder, to: "") + (config.isFallback(page) ? up : "") + page.urlPath + "index.html"
    }

    /// The start page's buttons for the kiosk in each language (`page_languages`: `code`, `name`, `dir`, `href`,
    /// `current`; `has_page_languages`): every language's kiosk is a folder of the English one (`kiosk/pl/`).
    func languages() -> [String: Any] {
        guard !config.languages.isEmpty else { return [:] }
        let up = config.edition == nil ? "" : "../"
        let items: [[String: Any]] = config.allLanguages.map { language in
            let folder = language == config.defaultLanguage ? "" : language.folder
            return [
                "code": language.code, "name": language.name, "dir": language.direction.rawValue,
                "href": up + folder + "index.html", "current": language.code == config.pageLanguage.code,
            ]
        }
        return ["page_languages": items, "has_page_languages": true]
    }
}
