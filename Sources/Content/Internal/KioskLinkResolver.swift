import Markdown

/// Resolves the links and images of one page for the kiosk, which runs from a folder on the disk:
/// addresses relative to the page, naming their file (`../../guides/x/index.html`), never a folder.
struct KioskLinkResolver: LinkResolver {
    let index: ContentIndex
    let sourcePath: String
    /// The page's own folder on the site: `guides/concerns/making-a-complaint/`.
    let urlPath: String
    /// The language of the page the links are on, when it is a translation: its kiosk is a folder of the English one
    /// (`kiosk/pl/`), so pages not translated into it and pictures are one folder further up.
    var language: SiteLanguage? = nil

    private var up: String { language == nil ? "" : "../" }

    func resolveLink(_ destination: String) -> String? {
        switch index.target(of: destination, from: sourcePath) {
        case .page(let path, let fragment):
            guard let sitePath = index.pages[path] else { return nil }
            let translated = language.map { index.translations[path]?.contains($0.code) == true } ?? true
            return SitePaths.relativePath(from: urlPath, to: (translated ? "" : up) + sitePath + "index.html")
                + (fragment.map { "#" + $0 } ?? "")
        case .asset(let path):
            return SitePaths.relativePath(from: urlPath, to: up + path)
        case .external, .sameDocument, .missing, .outside:
            return nil
        }
    }

    func resolveImage(_ source: String) -> ResolvedImage? {
        guard case .asset(let path) = index.target(of: source, from: sourcePath), let asset = index.assets[path] else {
            return nil
        }
        return ResolvedImage(
            url: SitePaths.relativePath(from: urlPath, to: up + path), width: asset.width, height: asset.height)
    }
}
