import Diagnostics
import Markdown
import Utilities

/// The Content stage: reads the content folder, checks its settings and front matter, and turns
/// every Markdown file into HTML, in parallel. It reports problems; it never stops at the first.
public enum ContentLoader {
    /// A number worked out from a page's running text.
    public typealias TextMeasure = @Sendable ([TextBlock]) -> Double

    /// Ids the page templates use, which headings must not take.
    public static let reservedIDs: Set<String> = [
        "main-content", "site-footer-contact", "contents", "other-formats", "sources", "feedback", "page-review",
    ]

    /// Loads the folder at `root` (as the user named it, for messages).
    ///
    /// `measure`, when given, is run on each page's running text as it is loaded (the Checks stage's reading
    /// age), and the result kept in `ContentPage.readingAge`; without `keepText`, the text is then let go, which
    /// saves memory in a build that has no other use for it.
    public static func load(from root: String, measure: TextMeasure? = nil, keepText: Bool = true) throws -> SiteContent {
        let files = try FileSystem.files(under: root)
        var diagnostics = DiagnosticList()
        let display: @Sendable (String) -> String = { root.isEmpty ? $0 : root + "/" + $0 }

        let configSink = DiagnosticSink()
        var config = SiteConfig()
        if files.contains(ContentLayout.siteConfig) {
            let text = try FileSystem.readText(root + "/" + ContentLayout.siteConfig)
            config = SiteConfigReader.read(text, path: display(ContentLayout.siteConfig), sink: configSink)
        } else {
            configSink.error(
                "there is no site.yaml", at: SourceLocation(path: display(ContentLayout.siteConfig)),
                hint: "create it with the site's title, organisation, base_url, contact, formats_contact and feedback_email (see README.md)")
        }
        var checkLists = CheckLists()
        if files.contains(ContentLayout.checkLists) {
            let text = try FileSystem.readText(root + "/" + ContentLayout.checkLists)
            checkLists = CheckListsReader.read(text, path: display(ContentLayout.checkLists), sink: configSink)
        }
        diagnostics.append(contentsOf: configSink.items)

        var markdownFiles: [(path: String, kind: ContentPage.Kind, urlPath: String)] = []
        var serviceFiles: [String] = []
        var assets: [String: Asset] = [:]
        for path in files {
            switch classify(path) {
            case .markdown(let kind, let urlPath): markdownFiles.append((path, kind, urlPath))
            case .service: serviceFiles.append(path)
            case .asset: assets[path] = Asset(path: path)
            case .ignored: continue
            case .misplaced(let message, let hint):
                diagnostics.append(.error(message, at: SourceLocation(path: display(path)), hint: hint))
            }
        }
        for path in markdownFiles.map(\.path) {
            for part in Path.directory(of: path).split(separator: "/") + [Substring(Path.fileName(of: path).dropLast(3))]
            where !ContentLayout.isWebSafeName(String(part)) {
                diagnostics.append(.error(
                    "`\(part)` cannot be part of a web address", at: SourceLocation(path: display(path)),
                    hint: "rename it using only lower-case letters, digits and hyphens, for example `making-a-complaint.md`"))
                break
            }
        }

        let imagePaths = assets.keys.filter { ImageSize.extensions.contains(Path.fileExtension(of: $0)) }.sorted()
        let sizes = Parallel.map(imagePaths) { ImageSize.read(root + "/" + $0) }
        for (path, size) in zip(imagePaths, sizes) {
            assets[path]?.width = size?.width
            assets[path]?.height = size?.height
        }

        let readServices = Parallel.map(serviceFiles) { path in readService(path, root: root, display: display(path)) }
        var pageURLs = Dictionary(uniqueKeysWithValues: markdownFiles.map { ($0.path, $0.urlPath) })
        for (result, _) in readServices where result.service.status.isPublished {
            pageURLs[result.service.sourcePath] = result.service.urlPath
        }
        let index = ContentIndex(pages: pageURLs, assets: assets, basePath: config.basePath)
        let options = MarkdownOptions(allowRawHTML: config.allowRawHTML, reservedIDs: reservedIDs)
        let loaded = Parallel.map(markdownFiles) { file in
            var (page, found) = loadPage(
                file.path, kind: file.kind, urlPath: file.urlPath, root: root, display: display(file.path), index: index,
                options: options)
            if let measure, let blocks = page?.document.textBlocks { page?.readingAge = measure(blocks) }
            if !keepText { page?.document.textBlocks = [] }
            return (page, found)
        }

        let services = Parallel.map(readServices) { result, _ in
            renderDescription(result, index: index, options: options)
        }
        for (_, found) in readServices { diagnostics.append(contentsOf: found) }

        var home: ContentPage?
        var guides: [ContentPage] = []
        var pages: [ContentPage] = []
        for (page, found) in loaded {
            diagnostics.append(contentsOf: found)
            guard let page else { continue }
            switch page.kind {
            case .home: home = page
            case .guide: guides.append(page)
            case .page: pages.append(page)
            }
        }
        var content = SiteContent(
            config: config, root: root, home: home, guides: guides, pages: pages,
            assets: assets.values.sorted { $0.path < $1.path }, diagnostics: diagnostics, index: index,
            services: services)
        content.checkLists = checkLists
        return content
    }

    /// Reads one Markdown file again after an edit, resolving its links against the files already known;
    /// for `signpost serve`, which rebuilds only what an edit changes. Nil (with the reasons) when it cannot be read.
    public static func reload(_ page: ContentPage, in content: SiteContent) -> (ContentPage?, [Diagnostic]) {
        let options = MarkdownOptions(allowRawHTML: content.config.allowRawHTML, reservedIDs: reservedIDs)
        return loadPage(
            page.sourcePath, kind: page.kind, urlPath: page.urlPath, root: content.root, display: page.displayPath,
            index: content.index, options: options)
    }

    private enum FileRole {
        case markdown(ContentPage.Kind, urlPath: String)
        case service
        case asset
        case ignored
        case misplaced(String, hint: String)
    }

    private static func classify(_ path: String) -> FileRole {
        if path == ContentLayout.siteConfig { return .ignored }
        if path == ContentLayout.home { return .markdown(.home, urlPath: "") }
        if path.hasPrefix(ContentLayout.services) && Path.fileExtension(of: path) == "yaml" { return .service }
        let isMarkdown = Path.fileExtension(of: path) == "md"
        if path.hasPrefix(ContentLayout.guides) {
            guard isMarkdown else {
                return Path.fileExtension(of: path).isEmpty ? .ignored : .asset
            }
            return .markdown(.guide, urlPath: String(path.dropLast(3)) + "/")
        }
        if path.hasPrefix(ContentLayout.pages) && isMarkdown {
            let name = String(path.dropFirst(ContentLayout.pages.count).dropLast(3))
            if name.contains("/") || ContentLayout.reservedNames.contains(name) {
                return .misplaced(
                    "a page cannot be called `\(name)`",
                    hint: "pages sit directly in pages/, and these names are taken by the site: "
                        + ContentLayout.reservedNames.sorted().joined(separator: ", "))
            }
            return .markdown(.page, urlPath: name + "/")
        }
        if isMarkdown {
            return .misplaced(
                "this Markdown file is not in guides/ or pages/, so it would not be published",
                hint: "move guides into Content/guides/ and standalone pages into Content/pages/")
        }
        return Path.fileExtension(of: path) == "yaml" ? .ignored : .asset
    }

    private static func loadPage(
        _ path: String, kind: ContentPage.Kind, urlPath: String, root: String, display: String, index: ContentIndex,
        options: MarkdownOptions
    ) -> (ContentPage?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.readBytes(root + "/" + path)
        } catch {
            sink.error("cannot read this file: \(error)", at: SourceLocation(path: display))
            return (nil, sink.items)
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(bytes) {
        case .success(let split):
            parts = split
        case .failure(.missing):
            sink.error(
                "the file has no front matter", at: SourceLocation(path: display, line: 1, column: 1),
                hint: "start the file with a line of three dashes (---), then the title, summary, owner, review dates and sources, then another line of three dashes")
            return (nil, sink.items)
        case .failure(.unclosed):
            sink.error(
                "the front matter has no closing line of three dashes", at: SourceLocation(path: display, line: 1, column: 1),
                hint: "add a line with only --- after the last setting")
            return (nil, sink.items)
        }
        let frontMatter = FrontMatterReader.read(parts.yaml, path: display, sink: sink)
        let document = MarkdownRenderer.render(parts.body, options: options, resolver: PageLinkResolver(index: index, sourcePath: path))
        let page = ContentPage(
            kind: kind, sourcePath: path, displayPath: display, urlPath: urlPath, frontMatter: frontMatter,
            document: document, bodyLineOffset: parts.bodyLineOffset)
        return (page, sink.items)
    }
}
