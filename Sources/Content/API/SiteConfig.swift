/// The site's settings, from `Content/site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var organisation: String
    /// The address the site is published at, ending in `/`.
    public var baseURL: String
    /// The path part of `baseURL`, starting and ending with `/`: every link on the site starts with it.
    public var basePath: String
    public var language: String
    /// The languages the site is translated into, beside `language`, in the order of site.yaml.
    public var languages: [SiteLanguage] = []
    public var contact: ContactDetails
    /// The routes for asking for another format.
    public var formatsContact: ContactDetails
    public var feedbackEmail: String
    public var reviewWarningDays: Int
    /// Section names in the order the home page shows them.
    public var sections: [String]
    public var allowRawHTML: Bool
    /// The highest SMOG grade a guide may have before `signpost check` warns (the NHS aims for 9 to 11).
    public var readingAgeLimit: Int = 11
    /// `signpost check` warns of a sentence longer than this (`sentence_word_limit`; the NHS content guide's 20).
    public var sentenceWordLimit: Int = 20
    /// The id of PALS's own record in the directory of services (`pals_service: pals`), linked from
    /// every contact and "other formats" block.
    public var palsService: String?
    /// Where `pals_service` is written in site.yaml, for messages about it.
    public var palsServiceLine: Int = 0
    /// The foyer kiosk's settings.
    public var kiosk = KioskSettings()
    /// The trust's logo and header colour.
    public var branding = Branding()
    /// What the organisation is, in a sentence or two: Open Referral UK's `organization.description`.
    public var organisationDescription: String?
    /// The county or region the trust is in (`Greater London`): Open Referral UK's `state_province`.
    public var region: String?
    /// Each category of the directory of services, by name, with its description (`categories:` in site.yaml).
    public var categories: [String: String] = [:]

    public init(
        title: String = "", organisation: String = "", baseURL: String = "https://example.invalid/",
        language: String = "en-GB", contact: ContactDetails = ContactDetails(),
        formatsContact: ContactDetails = ContactDetails(), feedbackEmail: String = "",
        reviewWarningDays: Int = 60, sections: [String] = [], allowRawHTML: Bool = false
    ) {
        self.title = title
        self.organisation = organisation
        self.baseURL = baseURL
        self.basePath = SiteConfig.path(of: baseURL)
        self.language = language
        self.contact = contact
        self.formatsContact = formatsContact
        self.feedbackEmail = feedbackEmail
        self.reviewWarningDays = reviewWarningDays
        self.sections = sections
        self.allowRawHTML = allowRawHTML
    }

    /// `/pals/` for `https://www.example.nhs.uk/pals`; `/` when there is no path.
    static func path(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "/" }
        let afterHost = url[schemeEnd.upperBound...].drop { $0 != "/" }
        var path = String(afterHost.prefix { $0 != "?" && $0 != "#" })
        if path.isEmpty { path = "/" }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The site's own language.
    public var defaultLanguage: SiteLanguage {
        SiteLanguage(code: language, name: SiteLanguage.ownName(of: language) ?? language)
    }

    /// Every language of the site, its own first.
    public var allLanguages: [SiteLanguage] { [defaultLanguage] + languages }

    /// The language of the pages being made: the default, or the language of this edition.
    public var pageLanguage: SiteLanguage { edition ?? defaultLanguage }

    /// The language this copy of the settings makes pages in, when it is not the default (`edition(in:)`).
    public private(set) var edition: SiteLanguage?

    /// The settings for making one language's pages: `baseURL` and `basePath` are that language's folder
    /// (`https://pals.example/pl/`), so every page, section and format of the edition is under it;
    /// `siteBaseURL` and `siteBasePath` stay the site's, for what has one version (services, braille, styles).
    public func edition(in language: SiteLanguage) -> SiteConfig {
        var config = self
        config.edition = language
        config.title = language.title ?? title
        config.kiosk = language.kiosk.applied(to: kiosk)
        config.baseURL = baseURL + language.folder
        config.basePath = basePath + language.folder
        return config
    }

    /// A section's name in the language of the pages being made (`sections:` of the language in site.yaml), or its
    /// own name.
    public func sectionTitle(_ title: String) -> String {
        edition?.sectionTitles[title] ?? title
    }

    /// Whether `page` stands in for a translation in this edition: a page in the site's own language, in another
    /// language's edition.
    public func isFallback(_ page: ContentPage) -> Bool {
        edition != nil && page.language == nil
    }

    /// A page's address from this edition: under its folder, or the English page's where it stands in for a
    /// translation.
    public func url(of page: ContentPage) -> String {
        (isFallback(page) ? siteBasePath : basePath) + page.urlPath
    }

    /// A page's full address from this edition (`url(of:)` with the scheme and host).
    public func absoluteURL(of page: ContentPage) -> String {
        (isFallback(page) ? siteBaseURL : baseURL) + page.urlPath
    }

    /// The full address of something the site has in its own language only (a service's page).
    public func siteURL(_ path: String) -> String { siteBaseURL + path }

    /// The site's own address, whichever edition this is.
    public var siteBaseURL: String { String(baseURL.dropLast(edition?.folder.count ?? 0)) }

    /// The site's own path, whichever edition this is.
    public var siteBasePath: String { String(basePath.dropLast(edition?.folder.count ?? 0)) }

    /// The absolute address of a page whose site-relative path is `path`.
    public func absoluteURL(_ path: String) -> String {
        (baseURL.hasSuffix("/") ? baseURL : baseURL + "/") + path
    }
}

/// Ways to reach a team.
///
/// Any of them may be missing.
public struct ContactDetails: Sendable, Hashable {
    public var phone: String?
    public var email: String?
    /// A mobile number for text messages.
    public var text: String?
    /// The number to dial through Relay UK (`18001` then the number).
    public var relayUK: String?
    public var address: [String]
    public var hours: String?

    public init(
        phone: String? = nil, email: String? = nil, text: String? = nil, relayUK: String? = nil,
        address: [String] = [], hours: String? = nil
    ) {
        self.phone = phone
        self.email = email
        self.text = text
        self.relayUK = relayUK
        self.address = address
        self.hours = hours
    }
}
