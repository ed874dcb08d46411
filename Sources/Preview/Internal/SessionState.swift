import Checks
import Content
import Diagnostics
import Render
import Site
import Utilities

/// Everything `SiteSession` keeps between edits.
struct SessionState: Sendable {
    var templates: TemplateSet
    /// The templates in each of the site's other languages, in the order of its `languages`.
    var localized: [TemplateSet] = []
    var content: SiteContent
    let today: Day
    var sections: [GuideSection] = []
    /// The directory of services, and whether a guide edit has put it out of date (it lists the guides
    /// that link to each service).
    var directory: ServiceDirectory
    var directoryStale = false
    /// The guides changed since `sections` was grouped.
    var sectionsStale = true
    /// Each page's heading ids by source path, for the link rules.
    var headingIDs: [String: Set<String>] = [:]
    /// Each guide's line of the health report, by source path: made when the report is first asked for (the guides'
    /// reading ages measured then, from the running text kept for them alone), and again only for an edited guide.
    var reportRows: [String: HealthReport.Row]?
    /// The site's pages, sitemap and robots.txt, by site path: the last good build.
    var pages: [String: String] = [:]
    /// Files served as they are: site path to the file on disk, or the bytes of a built-in one.
    var assets: [String: TemplateFolder.Origin] = [:]
    var stamps: [String: FileStamp] = [:]
    /// Problems in the templates, site.yaml, misplaced files and the site as a whole.
    var siteProblems: [Diagnostic] = []
    /// Each Markdown file's problems from loading, by the path editors see.
    var loadProblems: [String: [Diagnostic]] = [:]
    /// Each page's problems from the content rules, by the path editors see.
    var checkProblems: [String: [Diagnostic]] = [:]
    /// For each page's source path, the source paths of the pages that link to it.
    var linkers: [String: Set<String>] = [:]
    /// Site paths to render as soon as the content has no errors: the pages edited.
    var pending: Set<String> = []
    var pendingAll = false
    /// Site paths out of date because of an edit elsewhere (the section and home pages, pages linking to an
    /// edited guide, the sitemap, the report): rendered when next asked for, so an edit shows at once.
    var stale: Set<String> = []
    /// Whether an edit has put the search index out of date: it is made again when one of its files is next asked
    /// for (a search), not with every edit, so an edited page shows at once on a large site.
    var searchStale = false
    /// The errors that stop the site being updated; empty when it is up to date.
    var problems: [Diagnostic] = []
    var generation = 0

    /// Loads and checks the whole site; its pages are made as they are asked for (`page(at:)`).
    static func load(_ options: BuildOptions) throws -> SessionState {
        let stamps = try Self.stamps(options)
        let opened = try LocalizedContent.open(options)
        let (templates, templateProblems) = (opened.templates, opened.problems)
        // The preview shows the website: the kiosk's large buttons (`forKiosk`) are never asked for. A guide's reading
        // age is for the health report alone: it is measured when the report is first asked for (`makeReportRows`).
        let content = opened.folder.loadPages(forKiosk: false) { page in
            page.kind == .guide && page.language == nil ? page : page.measuringReadingAge()
        }
        // The pages are checked, and the pages each links to worked out, while the site's rules are checked and the
        // directory is made.
        let pages = content.allPages
        let headingIDs = content.headingIDs
        let ((found, linked), (otherProblems, directory)) = Parallel.pair(
            {
                (
                    ContentChecks.run(pages, in: content, headingIDs: headingIDs, today: options.today),
                    Parallel.map(pages) { Self.linkedPages(of: $0, index: content.index) }
                )
            },
            {
                (ContentChecks.otherRules(content, today: options.today), ServiceDirectory(content: content))
            })
        var state = SessionState(
            templates: templates, content: content, today: options.today, directory: directory, stamps: stamps)
        state.localized = opened.localized
        state.headingIDs = headingIDs
        for diagnostic in content.diagnostics.items {
            if diagnostic.location.path.hasSuffix(".md") && stamps[diagnostic.location.path] != nil {
                state.loadProblems[diagnostic.location.path, default: []].append(diagnostic)
            } else {
                state.siteProblems.append(diagnostic)
            }
        }
        state.siteProblems += templateProblems + otherProblems
        for ((page, problems), targets) in zip(zip(pages, found), linked) {
            state.checkProblems[page.displayPath] = problems
            state.addLinks(targets, from: page)
        }
        state.pendingAll = true
        state.assets = Dictionary(
            uniqueKeysWithValues: content.assets.map { ($0.path, .file(options.contentDirectory + "/" + $0.path)) })
        for path in templates.files.paths(under: "assets/") {
            state.assets["assets/" + path] = templates.files.origin(of: "assets/" + path)
        }
        _ = state.renderIfGood()
        return state
    }

    /// The folders whose files make the site: the content, and the templates folder when there is one.
    static func folders(_ options: BuildOptions) -> [String] {
        [options.contentDirectory]
            + (FileSystem.isDirectory(options.templatesDirectory) ? [options.templatesDirectory] : [])
    }

    /// The stamp of every file under the content and templates folders, by path as the editor names it.
    static func stamps(_ options: BuildOptions) throws -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for root in folders(options) {
            for (path, stamp) in try FileStamp.all(under: root) { stamps[root + "/" + path] = stamp }
        }
        return stamps
    }

    /// Every warning, sorted.
    var warnings: [Diagnostic] {
        DiagnosticList(allProblems).sorted.filter { $0.severity == .warning }
    }

    private var allProblems: [Diagnostic] {
        siteProblems + loadProblems.values.flatMap { $0 } + checkProblems.values.flatMap { $0 }
    }

    /// Brings the site up to date with the files' new stamps (nil for a file that is gone); nil when
    /// nothing really changed.
    mutating func apply(_ updates: [String: FileStamp?], options: BuildOptions) throws -> SessionUpdate? {
        let changed = updates.filter { stamps[$0.key] != $0.value }.keys.sorted()
        guard !changed.isEmpty else { return nil }
        let added = changed.filter { stamps[$0] == nil || updates[$0] == .some(nil) }
        for (path, stamp) in updates { stamps[path] = stamp }
        let contentRoot = options.contentDirectory + "/"
        // The settings, and the strings file (its callout labels are in every page's HTML): everything is read again.
        let settings =
            [ContentPaths.siteConfig, ContentPaths.checkLists].map { contentRoot + $0 }
            + [options.templatesDirectory + "/" + Strings.englishFile]
        let allPages = content.allPages
        let edited = changed.compactMap { path in allPages.first { $0.displayPath == path } }
        // Templates, and the strings file beside them.
        let templates = changed.filter {
            $0.hasPrefix(options.templatesDirectory + "/") && ($0.hasSuffix(".mustache") || $0.hasSuffix(".yaml"))
        }
        let others = changed.filter { path in !templates.contains(path) && !edited.contains { $0.displayPath == path } }
        if !added.isEmpty || changed.contains(where: settings.contains)
            || others.contains(where: { $0.hasPrefix(contentRoot) && ($0.hasSuffix(".md") || $0.hasSuffix(".yaml")) })
        {
            let generation = self.generation
            self = try Self.load(options)
            self.generation = generation
            return SessionUpdate(
                changedFiles: changed, renderedPaths: problems.isEmpty ? pages.keys.sorted() : [], problems: problems)
        }
        if !templates.isEmpty { try reloadTemplates(options, changed: templates) }
        for page in edited { reload(page, today: options.today) }
        let rendered = renderIfGood()
        return SessionUpdate(changedFiles: changed, renderedPaths: rendered, problems: problems)
    }

    /// Reads one page again, checks it and the pages that link to it, and marks what to render.
    private mutating func reload(_ old: ContentPage, today: Day) {
        let (loaded, found) = ContentLoader.reload(old, in: content, forKiosk: false)
        loadProblems[old.displayPath] = found
        guard let page = loaded?.measuringReadingAge() else {
            checkProblems[old.displayPath] = []
            return
        }
        replace(page)
        headingIDs[page.sourcePath] = page.headingIDs
        removeLinks(of: old)
        addLinks(of: page)
        let linkingPaths = linkers[page.sourcePath] ?? []
        let linking = linkingPaths.isEmpty ? [] : content.allPages.filter { linkingPaths.contains($0.sourcePath) }
        let checked = [page] + linking
        for (checkedPage, problems) in zip(checked, ContentChecks.run(checked, in: content, headingIDs: headingIDs, today: today))
        {
            checkProblems[checkedPage.displayPath] = problems
        }
        pending.insert(page.urlPath + "index.html")
        stale.formUnion(linking.map { $0.urlPath + "index.html" })
        stale.insert("sitemap.xml")
        if page.kind != .page { stale.insert("index.html") }
        if page.kind == .guide {
            // Its other formats are made again when next asked for.
            for kind in PageKind.allCases where kind.isOtherFormat { pages[kind.path(for: .page(page))] = nil }
            reportRows?[page.sourcePath] = HealthReport.Row(page, index: content.index)
            directoryStale = !directory.isEmpty
            sectionsStale = true
            // The pages that list guides: of its old and new section, and every service's (which lists its guides).
            for kind in PageKind.allCases where kind.output == .web && kind.listsGuides {
                guard !kind.needsServices || !directory.isEmpty else { continue }
                switch kind.source {
                case .eachSection:
                    for title in Set([GuideSections.title(of: old), GuideSections.title(of: page)]) {
                        stale.insert(SitePaths.sectionPath(title) + "index.html")
                    }
                case .eachService: stale.formUnion(directory.services.map { kind.path(for: .service($0)) })
                default: stale.insert(kind.path(for: .site))
                }
            }
        }
    }

    private mutating func reloadTemplates(_ options: BuildOptions, changed: [String]) throws {
        let (files, listingProblems) = try TemplateFolder.open(
            options.templatesDirectory, defaults: options.defaultTemplates)
        let (templates, templateProblems) = TemplateSet.load(from: files, required: PageKind.requiredTemplates)
        self.templates = templates
        var problems = listingProblems + templateProblems
        localized = content.config.languages.map { language in
            let (set, found) = templates.localized(to: language)
            problems += found
            return set
        }
        siteProblems = siteProblems.filter { !$0.location.path.hasPrefix(options.templatesDirectory + "/") } + problems
        for file in changed {
            let path = String(file.dropFirst(options.templatesDirectory.count + 1))
            let name = path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
            // A page template no other template names renders again its own pages; anything else (a partial, a
            // layout, the strings file) may be on every page.
            let kinds = PageKind.allCases.filter { $0.output == .web && $0.templates.contains(name) }
            let named = templates.references.values.contains { $0.contains(name) }
            guard !kinds.isEmpty, !named else {
                pendingAll = true
                continue
            }
            for kind in kinds {
                for item in PageKind.items(kind.source, content: content, sections: sections, directory: directory) {
                    let path = kind.path(for: item)
                    if kind.isOtherFormat {
                        pages[path] = nil  // made again when asked for
                    } else {
                        pending.insert(path)
                    }
                }
            }
        }
    }

    /// Renders what is pending, unless the content has an error; returns the site paths rendered.
    private mutating func renderIfGood() -> [String] {
        let all = allProblems
        guard !all.contains(where: { $0.severity == .error }) else {
            problems = DiagnosticList(all.filter { $0.severity == .error }).sorted
            return []
        }
        problems = []
        if pendingAll || pending.contains(where: { $0 == "index.html" || $0.hasPrefix("sections/") }) { groupSections() }
        if pendingAll && directoryStale {
            directory = ServiceDirectory(content: content)
            directoryStale = false
        }
        if pending.contains(Self.reportPage) { makeReportRows() }
        let assembler = assembler()
        // When the whole site is out of date (it has just loaded, or a layout changed), each of its pages is made when
        // it is first asked for: a reader looks at a few of thousands, and the first is served as soon as the content
        // is checked. Otherwise the pages edited are made now. The pages in the other languages are few (translations,
        // and each language's home, sections and 404 page): they are all made again with every render. The search
        // index is made when one of its files is next asked for (a search).
        if pendingAll {
            pages = [:]
            stale = []
        }
        let jobs =
            (pendingAll
                ? [] : pending.sorted().compactMap { assembler.job(at: $0, content, sections: sections, directory: directory) })
            + SiteAssembler.languageFiles(content, localized: localized, today: today)
        searchStale = true
        let made = Parallel.map(jobs) { ($0.path, $0.make()) }
        for (path, text) in made {
            pages[path] = text
            stale.remove(path)
        }
        pending = []
        pendingAll = false
        return made.map(\.0).sorted()
    }

    /// A page of the last good site, rendered now if an edit put it out of date (and the content has no error).
    mutating func page(at path: String) -> String? {
        if Self.isSearchIndex(path) {
            if searchStale && problems.isEmpty { makeSearchIndex() }
            return pages[path]
        }
        // A page not made yet (another format of a guide) is made on its first request.
        if problems.isEmpty, stale.contains(path) || pages[path] == nil {
            if path == "index.html" || path.hasPrefix("sections/") { groupSections() }
            if path == Self.reportPage { makeReportRows() }
            if path.hasPrefix(SitePaths.serviceDirectoryPath) && directoryStale {
                directory = ServiceDirectory(content: content)
                directoryStale = false
            }
            if let job = assembler().job(at: path, content, sections: sections, directory: directory) {
                pages[path] = job.make()
            }
            stale.remove(path)
        }
        return pages[path]
    }

    /// A file of the search index (`search/<language>/index.js`, `t3.js`, `d0.js`), not the search page.
    static func isSearchIndex(_ path: String) -> Bool {
        path.hasPrefix(SitePaths.searchPath) && path.hasSuffix(".js")
    }

    /// The search index made again from every page: its files replace the old ones (whose pieces may differ).
    private mutating func makeSearchIndex() {
        let jobs = SiteAssembler.searchFiles(content, templates: templates, localized: localized)
        pages = pages.filter { !Self.isSearchIndex($0.key) }
        for (path, text) in Parallel.map(jobs, { ($0.path, $0.make()) }) { pages[path] = text }
        searchStale = false
    }

    private mutating func groupSections() {
        guard sectionsStale else { return }
        sections = GuideSections.group(content)
        sectionsStale = false
    }

    private func assembler() -> SiteAssembler {
        // Without rows (the report not asked for yet), a report the assembler makes works its rows out itself.
        SiteAssembler(templates: templates, content: content, today: today, reportRows: reportRows.map { Array($0.values) })
    }

    static let reportPage = SitePaths.reportPath + "index.html"

    /// Every guide's line of the health report, its reading age measured now; the running text is then let go.
    private mutating func makeReportRows() {
        guard reportRows == nil else { return }
        let index = content.index
        let measured = Parallel.map(content.guides) { guide in
            // A guide edited since the load was measured when it was read again.
            let measured = guide.readingAge == nil ? guide.measuringReadingAge() : guide
            return (measured, HealthReport.Row(measured, index: index))
        }
        content.guides = measured.map(\.0)
        reportRows = Dictionary(uniqueKeysWithValues: measured.map { ($0.0.sourcePath, $0.1) })
    }

    private mutating func replace(_ page: ContentPage) {
        switch page.kind {
        case .home: content.home = page
        case .guide:
            if let index = content.guides.firstIndex(where: { $0.sourcePath == page.sourcePath }) { content.guides[index] = page }
        case .page:
            if let index = content.pages.firstIndex(where: { $0.sourcePath == page.sourcePath }) { content.pages[index] = page }
        case .easyRead:
            if let index = content.easyReads.firstIndex(where: { $0.sourcePath == page.sourcePath }) {
                content.easyReads[index] = page
            }
        }
    }

    private mutating func addLinks(of page: ContentPage) {
        addLinks(Self.linkedPages(of: page, index: content.index), from: page)
    }

    /// Records that `page` links to each of `targets` (`linkedPages(of:index:)`).
    private mutating func addLinks(_ targets: Set<String>, from page: ContentPage) {
        for target in targets { linkers[target, default: []].insert(page.sourcePath) }
    }

    private mutating func removeLinks(of page: ContentPage) {
        for target in Self.linkedPages(of: page, index: content.index) { linkers[target]?.remove(page.sourcePath) }
    }

    /// The source paths of the pages `page` links to.
    private static func linkedPages(of page: ContentPage, index: ContentIndex) -> Set<String> {
        Set(
            page.document.links.compactMap { link in
                if case .page(let path, _) = index.target(of: link.destination, from: page.sourcePath) { return path }
                return nil
            })
    }
}
