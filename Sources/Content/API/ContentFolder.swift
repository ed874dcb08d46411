import Diagnostics
import Markdown
import Utilities

/// A content folder opened for a build: its settings and its list of files, everything known before any page is parsed.
///
/// `loadPages` then parses the pages.
///
/// A build renders each page while it is loaded, from `loadPages`' `visit`, and keeps only what the checks and the
/// index pages need, so a large site's pages are never all in memory at once.
public struct ContentFolder: Sendable {
    /// The folder, as the user named it.
    public let root: String
    /// `site.yaml`, read.
    public let config: SiteConfig
    /// Every page and file, which links are resolved against.
    public let index: ContentIndex
    /// The team's own wording and jargon lists, from `checks.yaml`.
    public let checkLists: CheckLists
    /// Problems found so far: in `site.yaml`, and files in the wrong place or with names that cannot be web addresses.
    public let diagnostics: DiagnosticList
    /// The directory of services, read in full (with descriptions rendered) when the folder is opened: guides link
    /// to services, so their addresses belong to the index.
    public let services: [Service]
    let markdownFiles: [MarkdownFile]
    /// The words at the top of callout boxes, for every page loaded.
    let calloutLabels: [CalloutKind: String]
    let assets: [Asset]

    struct MarkdownFile: Sendable {
        let path: String
        let kind: ContentPage.Kind
        let urlPath: String
    }

    /// The web address of the accessibility statement, under the base path, if the site has one.
    public var accessibilityStatementURL: String? {
        index.pages[ContentPaths.accessibilityStatement].map { config.basePath + $0 }
    }

    /// The site as far as it is known before any page is loaded: the settings, the index of files and the
    /// services, with no pages; for renderers that need no page but the one they render.
    public var settingsOnly: SiteContent {
        SiteContent(
            config: config, root: root, home: nil, guides: [], pages: [], assets: assets, diagnostics: diagnostics,
            index: index, services: services)
    }

    /// Lists the folder at `root` and reads `site.yaml`.
    ///
    /// `calloutLabels` are the words at the top of callout boxes, from the templates' strings file.
    public static func open(_ root: String, calloutLabels: [CalloutKind: String] = [:]) throws -> ContentFolder {
        let listing = try FileSystem.listing(of: root)
        let files = listing.files
        var diagnostics = DiagnosticList()
        let display = Self.display(root)
        for refusal in listing.refused {
            diagnostics.append(refusal.diagnostic(at: display(refusal.path), folder: "the content folder"))
        }

        let configSink = DiagnosticSink()
        var config = SiteConfig()
        if files.contains(ContentPaths.siteConfig) {
            if let text = ContentFileReader.text(
                root + "/" + ContentPaths.siteConfig, display: display(ContentPaths.siteConfig), sink: configSink)
            {
                config = SiteConfigReader.read(text, path: display(ContentPaths.siteConfig), sink: configSink)
            }
        } else {
            configSink.error(
                "there is no site.yaml", at: SourceLocation(path: display(ContentPaths.siteConfig)),
                hint:
                    "create it with the site's title, organisation, base_url, contact, formats_contact and feedback_email (see README.md)"
            )
        }
        var checkLists = CheckLists()
        if files.contains(ContentPaths.checkLists),
            let text = ContentFileReader.text(
                root + "/" + ContentPaths.checkLists, display: display(ContentPaths.checkLists), sink: configSink)
        {
            checkLists = CheckListsReader.read(text, path: display(ContentPaths.checkLists), sink: configSink)
        }
        diagnostics.append(contentsOf: configSink.items)

        var markdownFiles: [MarkdownFile] = []
        var serviceFiles: [String] = []
        var assets: [String: Asset] = [:]
        for path in files {
            switch ContentLoader.classify(path) {
            case .markdown(let kind, let urlPath): markdownFiles.append(MarkdownFile(path: path, kind: kind, urlPath: urlPath))
            case .service: serviceFiles.append(path)
            case .asset: assets[path] = Asset(path: path)
            case .ignored: continue
            case .misplaced(let message, let hint):
                diagnostics.append(.error(message, at: SourceLocation(path: display(path)), hint: hint))
            }
        }
        for path in markdownFiles.map(\.path) {
            for part in Path.directory(of: path).split(separator: "/") + [Substring(Path.fileName(of: path).dropLast(3))]
            where !ContentPaths.isWebSafeName(String(part)) {
                diagnostics.append(
                    .error(
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

        let readServices = Parallel.map(serviceFiles) { path in
            ContentLoader.readService(path, root: root, display: display(path))
        }
        var pageURLs = Dictionary(uniqueKeysWithValues: markdownFiles.map { ($0.path, $0.urlPath) })
        for (result, _) in readServices where result.service.status.isPublished {
            pageURLs[result.service.sourcePath] = result.service.urlPath
        }
        let index = ContentIndex(pages: pageURLs, assets: assets, basePath: config.basePath)
        let options = {
            var options = MarkdownOptions(allowRawHTML: config.allowRawHTML, reservedIDs: ContentLoader.reservedIDs)
            options.calloutLabels = calloutLabels
            return options
        }()
        let services = Parallel.map(readServices) { result, _ in
            ContentLoader.renderDescription(result, index: index, options: options)
        }
        for (_, found) in readServices { diagnostics.append(contentsOf: found) }
        return ContentFolder(
            root: root, config: config, index: index, checkLists: checkLists, diagnostics: diagnostics, services: services,
            markdownFiles: markdownFiles, calloutLabels: calloutLabels, assets: assets.values.sorted { $0.path < $1.path })
    }

    /// Parses every page, in parallel across cores.
    ///
    /// - Parameter visit: sees each page, with its HTML, on the thread that parsed it, and returns what is kept of it
    ///   in the result (for example `page.withoutBody()` once the page has been written).
    public func loadPages(_ visit: @Sendable (ContentPage) -> ContentPage = { $0 }) -> SiteContent {
        let root = root
        let index = index
        let display = Self.display(root)
        let options = {
            var options = MarkdownOptions(allowRawHTML: config.allowRawHTML, reservedIDs: ContentLoader.reservedIDs)
            options.calloutLabels = calloutLabels
            return options
        }()
        let easyReadOptions = {
            var rows = options
            rows.pictureRows = true
            return rows
        }()
        let loaded = Parallel.map(markdownFiles) { file -> (ContentPage?, [Diagnostic]) in
            let (page, found) = ContentLoader.loadPage(
                file.path, kind: file.kind, urlPath: file.urlPath, root: root, display: display(file.path), index: index,
                options: file.kind == .easyRead ? easyReadOptions : options)
            return (page.map(visit), found)
        }

        var diagnostics = diagnostics
        let guidePaths = Set(markdownFiles.filter { $0.kind == .guide }.map(\.path))
        for file in markdownFiles where file.kind == .easyRead {
            let guide = ContentPaths.guidePath(forEasyRead: file.path)
            if !guidePaths.contains(guide) {
                diagnostics.append(
                    .error(
                        "this easy-read version has no guide to go with: there is no \(display(guide))",
                        at: SourceLocation(path: display(file.path), line: 1, column: 1),
                        hint: "an easy-read version has the same path under easy-read/ as its guide under guides/"))
            }
        }
        var home: ContentPage?
        var guides: [ContentPage] = []
        var pages: [ContentPage] = []
        var easyReads: [ContentPage] = []
        for (page, found) in loaded {
            diagnostics.append(contentsOf: found)
            guard let page else { continue }
            switch page.kind {
            case .home: home = page
            case .guide: guides.append(page)
            case .page: pages.append(page)
            case .easyRead: easyReads.append(page)
            }
        }
        var content = SiteContent(
            config: config, root: root, home: home, guides: guides, pages: pages, assets: assets,
            diagnostics: diagnostics, index: index, services: services, easyReads: easyReads)
        content.checkLists = checkLists
        content.calloutLabels = calloutLabels
        return content
    }

    /// A path as the user sees it: under the content folder as they named it.
    private static func display(_ root: String) -> @Sendable (String) -> String {
        { root.isEmpty ? $0 : root + "/" + $0 }
    }
}
