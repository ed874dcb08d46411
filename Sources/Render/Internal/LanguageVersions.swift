import Content

/// The versions of a page in the site's languages: the language list on every page and its
/// `<link rel="alternate" hreflang>` elements, and the same alternates in the sitemap.
struct LanguageVersions: Sendable {
    let config: SiteConfig
    let index: ContentIndex

    /// The languages a page is in: every language for what each language's edition makes (`sourcePath` nil: the home
    /// page, sections, the 404 page); otherwise the site's own and those it is translated into.
    func languages(of sourcePath: String?) -> [SiteLanguage] {
        guard let sourcePath else { return config.allLanguages }
        return [config.defaultLanguage] + index.languages(of: sourcePath, in: config)
    }

    /// The address of the page at `path` (under a language's folder) in `language`.
    func url(_ path: String, in language: SiteLanguage, absolute: Bool) -> String {
        let folder = language == config.defaultLanguage ? "" : language.folder
        return (absolute ? config.siteBaseURL : config.siteBasePath) + folder + path
    }

    /// What the templates show of a page's versions: `page_languages` (each `code`, `name`, `dir`, `url`,
    /// `absolute_url`, `current`), `x_default_url` and `has_page_languages`; nothing for a site in one language, or a
    /// page in one language. (A service's page has `languages` of its own: the languages spoken there.)
    func context(sourcePath: String?, path: String) -> [String: Any] {
        guard !config.languages.isEmpty else { return [:] }
        let languages = languages(of: sourcePath)
        guard languages.count > 1 else { return [:] }
        let current = config.pageLanguage.code
        let items: [[String: Any]] = languages.map { language in
            [
                "code": language.code, "name": language.name, "dir": language.direction.rawValue,
                "url": url(path, in: language, absolute: false), "absolute_url": url(path, in: language, absolute: true),
                "current": language.code == current,
            ]
        }
        return [
            "page_languages": items, "has_page_languages": true,
            "x_default_url": url(path, in: config.defaultLanguage, absolute: true),
        ]
    }
}
