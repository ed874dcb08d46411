import Diagnostics
import Markdown
import Utilities

/// The Content stage: reads the content folder, checks its settings and front matter, and turns every Markdown file
/// into HTML, in parallel.
///
/// It reports problems; it never stops at the first.
public enum ContentLoader {
    /// Ids the page templates use, which headings must not take.
    public static let reservedIDs: Set<String> = [
        "main-content", "site-footer-contact", "contents", "other-formats", "sources", "feedback", "page-review",
    ]

    /// Loads the folder at `root` (as the user named it, for messages), every page whole.
    public static func load(from root: String) throws -> SiteContent {
        try ContentFolder.open(root).loadPages()
    }

    /// Reads one Markdown file again after an edit, resolving its links against the files already known; for `signpost
    /// serve`, which rebuilds only what an edit changes.
    ///
    /// Nil (with the reasons) when it cannot be read. `forKiosk` as for `ContentFolder.loadPages`.
    public static func reload(_ page: ContentPage, in content: SiteContent, forKiosk: Bool) -> (ContentPage?, [Diagnostic]) {
        var options = MarkdownOptions(allowRawHTML: content.config.allowRawHTML, reservedIDs: reservedIDs)
        options.calloutLabels = content.calloutLabels
        options.pictureRows = page.kind == .easyRead
        let file = ContentFolder.MarkdownFile(
            path: page.file, kind: page.kind, urlPath: page.urlPath, original: page.sourcePath, language: page.language)
        if let language = page.language {
            options.translate(into: language, words: content.languageWords[language.code])
        }
        return loadPage(
            file, root: content.root, display: page.displayPath, index: content.index, options: options, forKiosk: forKiosk)
    }

    /// Only `site.yaml`, for commands that work on a built site (`signpost print` needs its base path).
    public static func loadConfig(from root: String) throws -> (SiteConfig, [Diagnostic]) {
        let sink = DiagnosticSink()
        let path = root + "/" + ContentPaths.siteConfig
        let config = SiteConfigReader.read(try FileSystem.readText(path, limit: InputLimits.fileBytes), path: path, sink: sink)
        return (config, sink.items)
    }

    enum FileRole {
        case markdown(ContentPage.Kind, urlPath: String)
        case service
        case asset
        case ignored
        case misplaced(String, hint: String)
    }

    static func classify(_ path: String) -> FileRole {
        if path == ContentPaths.siteConfig { return .ignored }
        if path == ContentPaths.home { return .markdown(.home, urlPath: "") }
        let fileExtension = Path.fileExtension(of: path)  // in lower case
        if path.hasPrefix(ContentPaths.services) && fileExtension == "yaml" { return .service }
        let isMarkdown = fileExtension == "md"
        if path.hasPrefix(ContentPaths.guides) {
            guard isMarkdown else {
                return fileExtension.isEmpty ? .ignored : .asset
            }
            return .markdown(.guide, urlPath: String(path.dropLast(3)) + "/")
        }
        if path.hasPrefix(ContentPaths.easyRead) {
            guard isMarkdown else {
                return fileExtension.isEmpty ? .ignored : .asset
            }
            return .markdown(.easyRead, urlPath: String(path.dropLast(3)) + "/")
        }
        if path.hasPrefix(ContentPaths.pages) && isMarkdown {
            let name = String(path.dropFirst(ContentPaths.pages.count).dropLast(3))
            if name.contains("/") || SitePaths.reservedNames.contains(name) {
                return .misplaced(
                    "a page cannot be called `\(name)`",
                    hint: "pages sit directly in pages/, and these names are taken by the site: "
                        + SitePaths.reservedNames.sorted().joined(separator: ", "))
            }
            return .markdown(.page, urlPath: name + "/")
        }
        if isMarkdown {
            return .misplaced(
                "this Markdown file is not in guides/ or pages/, so it would not be published",
                hint:
                    "move guides into Content/guides/, easy-read versions into Content/easy-read/ and standalone pages into Content/pages/"
            )
        }
        return fileExtension == "yaml" ? .ignored : .asset
    }

    static func loadPage(
        _ file: ContentFolder.MarkdownFile, root: String, display: String, index: ContentIndex, options: MarkdownOptions,
        forKiosk: Bool = true
    ) -> (ContentPage?, [Diagnostic]) {
        let (path, kind, urlPath) = (file.path, file.kind, file.urlPath)
        let sink = DiagnosticSink()
        guard let bytes = ContentFileReader.bytes(root + "/" + path, display: display, sink: sink) else {
            return (nil, sink.items)
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(bytes) {
        case .success(let split):
            parts = split
        case .failure(.missing):
            sink.error(
                "the file has no front matter", at: SourceLocation(path: display, line: 1, column: 1),
                hint:
                    "start the file with a line of three dashes (---), then the title, summary, owner, review dates and sources, then another line of three dashes"
            )
            return (nil, sink.items)
        case .failure(.unclosed):
            sink.error(
                "the front matter has no closing line of three dashes", at: SourceLocation(path: display, line: 1, column: 1),
                hint: "add a line with only --- after the last setting")
            return (nil, sink.items)
        }
        var frontMatter: FrontMatter
        var translation: Translation?
        if file.language != nil {
            (frontMatter, translation) = TranslationFrontMatterReader.read(
                parts.yaml, path: display, original: String(display.dropLast(path.count)) + file.original, sink: sink)
        } else {
            frontMatter = FrontMatterReader.read(parts.yaml, path: display, sink: sink)
        }
        // A translation's links are resolved from its English page's place: they sit in the same folder.
        let document = MarkdownRenderer.render(
            parts.body, options: options,
            resolver: PageLinkResolver(index: index, sourcePath: file.original, language: file.language),
            gathering: forKiosk
                ? KioskLinkResolver(index: index, sourcePath: file.original, urlPath: urlPath, language: file.language) : nil)
        var page = ContentPage(
            kind: kind, sourcePath: file.original, displayPath: display, urlPath: urlPath, frontMatter: frontMatter,
            document: document, bodyLineOffset: parts.bodyLineOffset)
        page.file = path
        page.language = file.language
        page.translation = translation
        page.sourceFingerprint = Fingerprint.of(bytes)
        return (page, sink.items)
    }
}
