import Markdown

/// Resolves the links and images of one page against the content index, for the Markdown stage.
struct PageLinkResolver: LinkResolver {
    let index: ContentIndex
    let sourcePath: String
    /// The language of the page the links are on, when it is a translation.
    var language: SiteLanguage? = nil

    func resolveLink(_ destination: String) -> String? {
        index.url(for: index.target(of: destination, from: sourcePath), in: language)
    }

    /// A translation's link to a page not translated into its language goes to the English page.
    func isOtherLanguage(_ destination: String) -> Bool {
        guard let language, case .page(let path, _) = index.target(of: destination, from: sourcePath) else { return false }
        return index.translations[path]?.contains(language.code) != true
    }

    func resolveImage(_ source: String) -> ResolvedImage? {
        guard case .asset(let path) = index.target(of: source, from: sourcePath), let asset = index.assets[path] else {
            return nil
        }
        return ResolvedImage(url: index.basePath + path, width: asset.width, height: asset.height)
    }
}
