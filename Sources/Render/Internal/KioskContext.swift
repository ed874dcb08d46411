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
            "lang": config.language,
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
        let root = SitePaths.relativePath(from: folder, to: "")
        return [
            "lang": config.language,
            "root": root,
            "site_title": config.title,
            "organisation": config.organisation,
            "page_title": title,
            "head_title": title + " - " + config.title,
            "start_href": root + "index.html",
            "back_href": root + back,
            "idle_seconds": settings.idleSeconds,
            "warning_seconds": settings.warningSeconds,
            "short_address": shortAddress,
            "is_start": false,
        ]
    }
}
