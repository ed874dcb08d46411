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

    /// The words a translation's Markdown is rendered with, by language code.
    ///
    /// They are its callout labels and the marker put after a link to a page not translated into it. Set before
    /// `loadPages`; a language without them has English's.
    public var languageWords: [String: LanguageWords] = [:]

    struct MarkdownFile: Sendable {
        let path: String
        let kind: ContentPage.Kind
        let urlPath: String
        /// The English page's path: `path` itself, or the page a translation translates.
        var original: String
        /// The language of a translation; nil for the site's own language.
        var language: SiteLanguage?
    }

    /// The web address of the accessibility statement, under the base path, if the site has one.
    public var accessibilityStatementURL: String? {
        index.pages[ContentPaths.accessibilityStatement].map { config.basePath + $0 }
    }

    /// The accessibility statement's address from pages in `language`: its translation, or the English page.
    public func accessibilityStatementURL(in language: SiteLanguage) -> String? {
        let translated = index.translations[ContentPaths.accessibilityStatement]?.contains(language.code) == true
        return index.pages[ContentPaths.accessibilityStatement].map {
            config.basePath + (translated ? language.folder : "") + $0
        }
    }

    /// The site as far as it is known before any page is loaded: the settings, the index of files and the
    /// services, with no pages; for renderers that need no page but the one they render.
    public var settingsOnly: SiteContent {
        SiteContent(
            config: config, root: root, home: nil, guides: [], pages: [], assets: assets, diagnostics: diagnostics,
            index: index, services: services)
    }

    /// What the files made from a page can show of the service records, for the build cache: each record's file, id
    /// and address, and whether it is published.
    ///
    /// A page reaches the records only through them: a link to a record goes to its page, or is an error when it is
    /// inactive (`index`, the checks); every page links to the directory when a service is published, and to PALS's
    /// own page when that is published. A service's page shows the guides about it, never the other way round. With
    /// `fingerprints(of:).allButPagesAndRecords`, this is what a page is made from beyond its own file, so an edit of
    /// a service's hours or phone number keeps every page.
    public var servicesAsPagesSeeThem: Fingerprint {
        var seen = Fingerprinter()
        seen.add(services.count)
        for service in services.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            seen.add(service.sourcePath)
            seen.add(service.id)
            seen.add(service.urlPath)
            seen.add(service.status.isPublished ? 1 : 0)
        }
        return seen.finish()
    }

    /// Lists the folder at `root` and reads `site.yaml`.
    ///
    /// `calloutLabels` are the words at the top of callout boxes, from the templates' strings file. A service record
    /// `services` kept for its file as it is now is not read again (the build cache's). `listing` is the folder's,
    /// when the build has listed it already (`fingerprints(of:known:)`): it is not listed twice.
    public static func open(
        _ root: String, calloutLabels: [CalloutKind: String] = [:], services store: (any ServiceRecordStore)? = nil,
        listing known: FolderListing? = nil
    ) throws -> ContentFolder {
        let listing = try known ?? FileSystem.listing(of: root)
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
        markdownFiles.reserveCapacity(files.count)
        var serviceFiles: [String] = []
        var assets: [String: Asset] = [:]
        for path in files {
            var original = path
            var language: SiteLanguage?
            if let name = TranslationName.split(path) {
                guard let listed = config.languages.first(where: { $0.code == name.code }) else {
                    diagnostics.append(Self.unknownLanguage(name.code, config: config, at: display(path)))
                    continue
                }
                (original, language) = (name.original, listed)
            }
            switch ContentLoader.classify(original) {
            case .markdown(let kind, let urlPath):
                markdownFiles.append(
                    MarkdownFile(path: path, kind: kind, urlPath: urlPath, original: original, language: language))
            case .service: serviceFiles.append(path)
            case .asset: assets[path] = Asset(path: path)
            case .ignored: continue
            case .misplaced(let message, let hint):
                diagnostics.append(.error(message, at: SourceLocation(path: display(path)), hint: hint))
            }
        }
        markdownFiles = Self.withOriginals(markdownFiles, config: config, display: display, diagnostics: &diagnostics)
        for path in markdownFiles.lazy.filter({ $0.language == nil }).map(\.path) {
            // Each folder's name and the file's without `.md`, split at each `/` byte.
            let parts = path.utf8.split(separator: UInt8(ascii: "/")).map(Substring.init)
            for (index, part) in parts.enumerated() {
                let part = index == parts.count - 1 ? part.dropLast(3) : part
                guard !ContentPaths.isWebSafeName(part) else { continue }
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
            ContentLoader.readService(path, root: root, display: display(path), store: store)
        }
        var pageURLs = Dictionary(uniqueKeysWithValues: markdownFiles.filter { $0.language == nil }.map { ($0.path, $0.urlPath) })
        var translated: [String: Set<String>] = [:]
        for file in markdownFiles {
            if let language = file.language { translated[file.original, default: []].insert(language.code) }
        }
        for (result, _) in readServices where result.service.status.isPublished {
            pageURLs[result.service.sourcePath] = result.service.urlPath
        }
        let index = ContentIndex(pages: pageURLs, assets: assets, basePath: config.basePath, translations: translated)
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

    /// What a build reads from the folder at `root`, for the build cache, taken before it reads anything.
    ///
    /// Each file is read once, in parallel. The three fingerprints cover the name of every file and of what a listing
    /// refuses; `everything` covers every file's bytes, `allButPages` the bytes of every file that is not Markdown
    /// (settings, services, pictures), and `allButPagesAndRecords` the same but for the service records: with the
    /// templates, what a page shows of the records (`servicesAsPagesSeeThem`) and a page's own `sourceFingerprint`, what
    /// the files made from that page are made from. A file that cannot be read counts by its name alone (the build
    /// reports it). `pages` is each Markdown file's, by its path under the folder.
    ///
    /// A file `known` has as it is now is not read again (`FileFingerprints`), nor the folder listed again while the
    /// folders of `known`'s listing are as they were (`FolderListing.isUnchanged(under:settledBefore:)`); `files` is what
    /// is known after, with the listing, and `changed` says whether it differs from `known` (a file read, added or gone,
    /// or the folder listed again). `listing` is the folder's, for `open(_:calloutLabels:services:listing:)`.
    public static func fingerprints(of root: String, known: FileFingerprints = FileFingerprints()) throws -> (
        everything: Fingerprint, allButPages: Fingerprint, allButPagesAndRecords: Fingerprint, pages: [String: Fingerprint],
        files: FileFingerprints, changed: Bool, listing: FolderListing
    ) {
        let taken = FileFingerprints.now()
        let folder = OpenFolder(root)
        // The last listing while no folder of it changed: listing 10,000 guides' folders again took 12 ms of a no-op's
        // CPU.
        let kept = known.listing.flatMap { last in
            folder.flatMap { last.isUnchanged(under: $0, settledBefore: known.taken) ? last : nil }
        }
        let listing = try kept ?? FileSystem.listing(of: root)
        let found = Parallel.map(listing.files) { known.fingerprint(of: $0, under: root, openAs: folder) }
        var everything = Fingerprinter()
        var allButPages = Fingerprinter()
        for path in listing.files + listing.refused.map(\.path) {
            everything.add(path)
            allButPages.add(path)
        }
        everything.add(listing.files.count + listing.refused.count)
        allButPages.add(listing.files.count + listing.refused.count)
        var allButPagesAndRecords = allButPages
        var pages: [String: Fingerprint] = [:]
        pages.reserveCapacity(listing.files.count)
        var entries: [String: FileFingerprints.Entry] = [:]
        entries.reserveCapacity(listing.files.count)
        for (path, file) in zip(listing.files, found) {
            everything.add(file.print)
            entries[path] = file.entry
            if path.hasSuffix(".md") {
                pages[path] = file.print
            } else if case .service = ContentLoader.classify(path) {
                allButPages.add(file.print)
            } else {
                allButPages.add(file.print)
                allButPagesAndRecords.add(file.print)
            }
        }
        // A listing taken afresh is kept for the next build when that build could take it as it is.
        let changed =
            entries.count != known.entries.count || found.contains { $0.read } || (kept == nil && listing.mayBeKept)
        return (
            everything.finish(), allButPages.finish(), allButPagesAndRecords.finish(), pages,
            FileFingerprints(taken: taken, entries: entries, listing: listing), changed, listing
        )
    }

    /// Parses every page, in parallel across cores.
    ///
    /// - Parameter visit: sees each page, with its HTML, on the thread that parsed it, and returns what is kept of it
    ///   in the result (for example `page.withoutBody()` once the page has been written).
    /// - Parameter store: what the build knows of pages it loaded before: a page it has as the file now is is not
    ///   loaded, nor visited, again.
    /// - Parameter forKiosk: whether the kiosk is made from the pages: only then are their links worked out again as
    ///   the kiosk's large buttons (`MarkdownDocument.gathered`).
    public func loadPages(
        reusing store: (any LoadedPageStore)? = nil, forKiosk: Bool = true,
        _ visit: @Sendable (ContentPage) -> ContentPage = { $0 }
    ) -> SiteContent {
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
        let languageWords = languageWords
        let parse = { @Sendable (file: MarkdownFile) -> (ContentPage?, [Diagnostic]) in
            var options = file.kind == .easyRead ? easyReadOptions : options
            if let language = file.language { options.translate(into: language, words: languageWords[language.code]) }
            return ContentLoader.loadPage(
                file, root: root, display: display(file.path), index: index, options: options, forKiosk: forKiosk)
        }
        // The site's own pages first; then the translations, each joined to its English page as it loads, so that it
        // too is visited (and its files written) with everything it shows.
        let loaded = Parallel.map(markdownFiles.filter { $0.language == nil }) { file -> (ContentPage?, [Diagnostic]) in
            if let kept = store?.reuse(file.path, original: nil) { return kept }
            let (page, found) = parse(file)
            let visited = page.map(visit)
            if let visited { store?.loaded(visited, diagnostics: found) }
            return (visited, found)
        }

        var diagnostics = diagnostics
        // Worked out only for a site with easy-read versions, and the English pages by file only for one with
        // translations: a site of 10,000 guides and neither would hash every path for nothing.
        let easyReads = markdownFiles.filter { $0.kind == .easyRead && $0.language == nil }
        let guidePaths = easyReads.isEmpty ? [] : Set(markdownFiles.filter { $0.kind == .guide }.map(\.path))
        for file in easyReads {
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
        guides.reserveCapacity(loaded.count)
        var pages: [ContentPage] = []
        var easyReadPages: [ContentPage] = []
        for (page, found) in loaded {
            diagnostics.append(contentsOf: found)
            guard let page else { continue }
            switch page.kind {
            case .home: home = page
            case .guide: guides.append(page)
            case .page: pages.append(page)
            case .easyRead: easyReadPages.append(page)
            }
        }
        var content = SiteContent(
            config: config, root: root, home: home, guides: guides, pages: pages, assets: assets,
            diagnostics: diagnostics, index: index, services: services, easyReads: easyReadPages)
        content.checkLists = checkLists
        content.calloutLabels = calloutLabels
        content.languageWords = languageWords
        let translationFiles = markdownFiles.filter { $0.language != nil }
        let originals =
            translationFiles.isEmpty ? [:] : Dictionary(content.allPages.map { ($0.sourcePath, $0) }) { first, _ in first }
        let translated = Parallel.map(translationFiles) { file -> (ContentPage?, [Diagnostic]) in
            if let original = originals[file.original], let kept = store?.reuse(file.path, original: original) {
                return kept
            }
            let (page, found) = parse(file)
            // An English page that did not load has its own error; its translations wait for it.
            guard let page, let original = originals[page.sourcePath] else { return (nil, found) }
            let (joined, problems) = Translations.join(page, to: original)
            let visited = visit(joined)
            store?.loaded(visited, diagnostics: found + problems)
            return (visited, found + problems)
        }
        for (page, found) in translated {
            content.diagnostics.append(contentsOf: found)
            if let page { content.translations.append(page) }
        }
        content.translations.sort { ($0.language?.code ?? "", $0.sourcePath) < ($1.language?.code ?? "", $1.sourcePath) }
        return content
    }

    /// A translation whose language site.yaml does not list.
    private static func unknownLanguage(_ code: String, config: SiteConfig, at path: String) -> Diagnostic {
        let codes = config.languages.map(\.code)
        return .error(
            "`\(code)` is not one of the site's languages, so this translation is not published",
            at: SourceLocation(path: path, line: 1, column: 1),
            hint: codes.isEmpty
                ? "list it under `languages:` in site.yaml, with its `code` and `name`"
                : Suggestion.hint(for: code, in: codes, noun: "languages")
                    + " (or list `\(code)` under `languages:` in site.yaml)")
    }

    /// The Markdown files without the translations that have no English page, each of those an error; and a page
    /// named like a language's folder, which the language's pages would overwrite.
    private static func withOriginals(
        _ files: [MarkdownFile], config: SiteConfig, display: (String) -> String, diagnostics: inout DiagnosticList
    ) -> [MarkdownFile] {
        let folders = Set(config.languages.map(\.folder))
        for file in files where file.language == nil && file.kind == .page && folders.contains(file.urlPath) {
            diagnostics.append(
                .error(
                    "a page cannot be called `\(file.urlPath.dropLast())`: the pages in that language are published there",
                    at: SourceLocation(path: display(file.path)),
                    hint: "rename it: a page may not take the code of one of the site's languages"))
        }
        // The files are copied into a new list only when a translation has no English page to leave out.
        guard files.contains(where: { $0.language != nil }) else { return files }
        let originals = Set(files.lazy.filter { $0.language == nil }.map(\.path))
        guard files.contains(where: { $0.language != nil && !originals.contains($0.original) }) else { return files }
        return files.filter { file in
            guard file.language != nil, !originals.contains(file.original) else { return true }
            diagnostics.append(
                .error(
                    "this translation has no English page: there is no \(display(file.original))",
                    at: SourceLocation(path: display(file.path), line: 1, column: 1),
                    hint:
                        "a translation sits beside its English page, named like it with the language code before .md, for example making-a-complaint.pl.md beside making-a-complaint.md"
                ))
            return false
        }
    }

    /// A path as the user sees it: under the content folder as they named it.
    private static func display(_ root: String) -> @Sendable (String) -> String {
        { root.isEmpty ? $0 : root + "/" + $0 }
    }
}
