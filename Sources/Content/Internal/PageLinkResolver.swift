import Markdown

/// Resolves the links and images of one page against the content index, for the Markdown stage.
struct PageLinkResolver: LinkResolver {
    let index: ContentIndex
    let sourcePath: String

    func resolveLink(_ destination: String) -> String? {
        index.url(for: index.target(of: destination, from: sourcePath))
    }

    func resolveImage(_ source: String) -> ResolvedImage? {
        guard case .asset(let path) = index.target(of: source, from: sourcePath), let asset = index.assets[path] else {
            return nil
        }
        return ResolvedImage(url: index.basePath + path, width: asset.width, height: asset.height)
    }
}
