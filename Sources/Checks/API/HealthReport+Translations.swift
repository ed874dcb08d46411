import Content

extension HealthReport {
    /// One page of the site's own language and the state of its translation into each of the site's other languages.
    public struct TranslationRow: Sendable, Hashable {
        public var title: String
        public var file: String
        public var urlPath: String
        /// In the order of the site's languages (`SiteConfig.languages`).
        public var states: [TranslationStatus]
    }

    /// Every guide, page and easy-read version (and the home page), each with the state of its translation into each
    /// of the site's other languages; none for a site in one language.
    public static func translations(_ content: SiteContent) -> [TranslationRow] {
        let languages = content.config.languages
        guard !languages.isEmpty else { return [] }
        var byPage: [String: [String: Translation]] = [:]
        for page in content.translations {
            guard let code = page.language?.code, let translation = page.translation else { continue }
            byPage[page.sourcePath, default: [:]][code] = translation
        }
        return content.allPages.map { page in
            TranslationRow(
                title: page.frontMatter.title, file: page.sourcePath, urlPath: page.urlPath,
                states: languages.map {
                    TranslationStatus(byPage[page.sourcePath]?[$0.code], englishLastReviewed: page.frontMatter.lastReviewed)
                })
        }.sorted { $0.file < $1.file }
    }
}
