import Diagnostics

/// What a build knows of the pages it loaded before (the build cache's, in Site): `ContentFolder.loadPages` asks it,
/// for each Markdown file, whether the file need be loaded at all, and tells it of each page it loads.
public protocol LoadedPageStore: Sendable {
    /// The page of `file` (its path under the content folder) as a build keeps it once visited, with what loading it
    /// found, when the file, and all else the page is made from, is as it was then, and the page's own files are
    /// kept; nil to load it. `original` is a translation's English page, as this build loaded it.
    func reuse(_ file: String, original: ContentPage?) -> (ContentPage?, [Diagnostic])?

    /// A page this build loaded and visited, with what loading it found.
    func loaded(_ page: ContentPage, diagnostics: [Diagnostic])
}
