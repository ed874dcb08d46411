import Markdown

/// Resolves the links and images of one page for the kiosk, which runs from a folder on the disk:
/// addresses relative to the page, naming their file (`../../guides/x/index.html`), never a folder.
struct KioskLinkResolver: LinkResolver {
    let index: ContentIndex
    let sourcePath: String
    /// The page's own folder on the site: `guides/concerns/making-a-complaint/`.
    let urlPath: String

    func resolveLink(_ destination: String) -> String? {
        switch index.target(of: destination, from: sourcePath) {
        case .page(let path, let fragment):
            guard let sitePath = index.pages[path] else { return nil }
            return SitePaths.relativePath(from: urlPath, to: sitePath + "index.html") + (fragment.map { "#" + $0 } ?? "")
        case .asset(let path):
            return SitePaths.relativePath(from: urlPath, to: path)
        case .external, .sameDocument, .missing, .outside:
            return nil
        }
    }

    func resolveImage(_ source: String) -> ResolvedImage? {
        guard case .asset(let path) = index.target(of: source, from: sourcePath), let asset = index.assets[path] else {
            return nil
        }
        return ResolvedImage(url: SitePaths.relativePath(from: urlPath, to: path), width: asset.width, height: asset.height)
    }
}
