import Checks
import Content
import Diagnostics
import Render
import Search
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// The Site stage: runs the whole pipeline, and writes the site only when the content has no errors.
public enum SiteBuilder {
    /// Builds the site.
    ///
    /// `progress` hears of each step as it starts.
    public static func build(_ options: BuildOptions, progress: (BuildStep) -> Void = { _ in }) throws -> BuildReport {
        let started = monotonicSeconds()
        try checkFolders(options)

        // A build of every output keeps its cache (`OutputCache`); `--only` leaves it as it is.
        let cached = options.cache != .none && options.outputs == Set(SiteOutput.allCases)
        let output = StagingFolder.trimmed(options.outputDirectory)
        let cacheFolder = OutputCache.folder(for: output)
        let lock = try StagingFolder.lockOutput(options.outputDirectory)
        defer { lock.release() }
        // The fingerprints are taken before anything is read (a file edited while the build runs is made again by the
        // next one), while the last build's manifest and service records are read (the core that reads them is done
        // first, and would wait).
        let reuse = cached && options.cache == .reuse
        let (fingerprinted, (last, records)) = Parallel.pair(
            { cached ? Result { try cacheFingerprints(options, cache: cacheFolder) } : nil },
            { () -> (CacheManifest?, KnownServices.Records) in
                guard reuse else { return (nil, .none) }
                return (
                    OutputCache.manifest(beside: output),
                    KnownServices.records(in: cacheFolder, root: options.contentDirectory)
                )
            })
        let fingerprints = try fingerprinted?.get()
        let (inputs, base, prints) = (fingerprints?.inputs, fingerprints?.base, fingerprints?.pages ?? [:])
        // The content's fingerprints, when a file had to be read, for the next build (the cache's folder is made for it).
        let keepFingerprints = { @Sendable in
            guard let fingerprints, fingerprints.changed, FileIdentity(path: cacheFolder)?.isDirectory == true else { return }
            KnownFingerprints.write(fingerprints.files, of: options.contentDirectory, to: cacheFolder)
        }
        if let inputs, let last, let unchanged = OutputCache.unchanged(last, output: output, inputs: inputs) {
            keepFingerprints()
            // The site is exactly what this build would make: it says again what the last build said.
            var diagnostics = DiagnosticList(unchanged.diagnostics)
            if options.strict { diagnostics = diagnostics.strict() }
            var report = BuildReport(
                diagnostics: diagnostics.sorted, pageCount: unchanged.pageCount, fileCount: unchanged.fileCount,
                written: !diagnostics.hasErrors, seconds: monotonicSeconds() - started)
            report.unchanged = report.written
            return report
        }

        let outputs = options.outputs
        progress(.loadTemplates)
        // `--only kiosk` builds the kiosk alone, into its own folder of the output; any other `--only` builds into a
        // new folder, and what it does not make is carried over from the site there before it is swapped in.
        let kioskAlone = outputs == [.kiosk]
        let destination = options.outputDirectory + (kioskAlone ? "/" + SiteOutput.kiosk.folder : "")
        // The templates and the content's settings and services are read while the folder the site is written into
        // is made ready (the cache's back tree checked file by file): neither reads what the other writes.
        // The service records the last build read, each taken again while its file is unchanged.
        let knownServices = fingerprints.map {
            KnownServices(folder: cacheFolder, root: options.contentDirectory, files: $0.files, records: records)
        }
        // Braille files are made by this build when it makes the formats (an unchanged site has them already). liblouis
        // takes a hundredth of a second to load its tables, on one core: a build of the website alone does not need
        // them, and they are loaded meanwhile, by a core that either of the other two leaves free.
        let ((openResult, stagingResult), braille) = Parallel.pair(
            {
                Parallel.pair(
                    {
                        Result {
                            try LocalizedContent.open(options, services: knownServices, listing: fingerprints?.listing)
                        }
                    },
                    {
                        Result {
                            if let base {
                                try StagingFolder(for: destination, base: base, last: last)
                            } else {
                                try StagingFolder(for: destination)
                            }
                        }
                    })
            }, { !outputs.contains(.formats) || BrailleRenderer.isAvailable })
        let opened: LocalizedContent
        do {
            guard braille else {
                throw EnvironmentError(
                    "liblouis cannot load its braille tables (en-ueb-g2.ctb), so braille files cannot be made",
                    at: "en-ueb-g2.ctb", hint: "install them with `apt-get install liblouis-data`")
            }
            opened = try openResult.get()
        } catch {
            (try? stagingResult.get())?.discard()
            throw error
        }
        let staging = try stagingResult.get()
        // Each service record's fingerprint, of the very bytes it was read from: its own files are made from it.
        let recordPrints = knownServices?.prints() ?? [:]
        if FileIdentity(path: cacheFolder)?.isDirectory == true { knownServices?.save() }
        let (templates, localized, folder, templateProblems) = (
            opened.templates, opened.localized, opened.folder, opened.problems
        )
        // What a page's files are made from beyond its own file, now that the service records are read.
        if let pagesBase = fingerprints?.pagesBase {
            var made = Fingerprinter()
            made.add(pagesBase)
            made.add(folder.servicesAsPagesSeeThem)
            staging.cache?.setPageBase(made.finish())
        }
        let pageBase = staging.cache?.pageBase

        // Each guide and page is rendered and written as soon as it is parsed, into a folder beside the output,
        // and only what the checks and index pages need is kept. With errors, that folder is thrown away.
        progress(.loadContent)
        // The website's renderers make its formats too.
        let buildsWeb = outputs.contains(.web) || outputs.contains(.formats)
        let webAssets = templateAssets(templates.files, folder: "assets")
        let kioskAssets = templateAssets(templates.files, folder: KioskAssembler.assetsFolder)
        let web = WebRenderer(
            templates: templates, config: folder.config, accessibilityStatementURL: folder.accessibilityStatementURL,
            services: folder.services, index: folder.index)
        let buildsKiosk = outputs.contains(.kiosk)
        let kioskFolder = kioskAlone ? "" : SiteOutput.kiosk.folder
        let qrCodes = QRDrawings(strings: templates.strings)
        let kiosk = KioskRenderer(templates: templates, content: folder.settingsOnly, sections: [], qrCodes: qrCodes)
        let canRender = !templateProblems.contains { $0.severity == .error }  // warnings (an unused string) still render
        let written = Counter()
        // Each other language's renderers, for its translations as they load.
        let editions = Dictionary(
            uniqueKeysWithValues: zip(folder.config.languages, localized).map { language, templates in
                (
                    language.code,
                    loadingRenderers(folder, in: language, templates: templates, today: options.today, outputs: outputs)
                )
            })
        let search = SearchCollector()
        // Each language's words and settings, looked up once, not copied with its renderers for each page.
        let searchWords = editions.mapValues { (strings: $0.web.templates.strings, config: $0.web.config) }
        let (siteStrings, siteConfig) = (templates.strings, folder.config)
        let searchEntry = { @Sendable (page: ContentPage) -> SearchEntry in
            guard let language = page.language, let words = searchWords[language.code] else {
                return SearchFiles.entry(page, strings: siteStrings, config: siteConfig)
            }
            return SearchFiles.entry(page, strings: words.strings, config: words.config)
        }
        // The text the pages the build loads repeat (headings, links, sources), each held once while they load (those
        // taken from the cache share its table's).
        let sharedStrings = SharedStrings()
        // The pages the last build loaded (one whose file is unchanged is taken from there, its files kept), read and
        // checked while the content's fingerprints are kept for the next build. The health report's rows the last
        // build made are read on another core while the pages load (the report is made once every page is loaded; a
        // row shows only what a page's files may, `HealthReport.Row.shown`, so they are kept for the page base).
        let (pageCache, knownRows) = Parallel.pair(
            {
                staging.cache.flatMap { cache in
                    canRender
                        ? pageBase.map { base in
                            PageCache(
                                folder: cache.folder, base: base, reuse: options.cache == .reuse,
                                build: PageCache.Build(
                                    staging: staging, search: search, searchEntry: searchEntry, written: written,
                                    languages: folder.config.languages, prints: prints))
                        } : nil
                }
            },
            {
                keepFingerprints()
                return staging.cache.flatMap { cache in
                    pageBase.map {
                        KnownReportRows(folder: cache.folder, base: $0, today: options.today, reuse: options.cache == .reuse)
                    }
                }
            })
        let assembler = {
            var assembler = SiteAssembler(
                templates: templates, web: web, config: folder.config, today: options.today, knownRows: knownRows,
                outputs: outputs)
            assembler.recordPrints = recordPrints
            return assembler
        }()
        let content = folder.loadPages(reusing: pageCache, forKiosk: buildsKiosk) { page in
            let page = page.measuringReadingAge()
            guard canRender else { return page }
            let codes = GuideQRCodes()  // the guide's address is encoded once, for its leaflet and its kiosk page
            var (web, kiosk, webFolder, kioskFolder) = (assembler, kiosk, "", kioskFolder)
            if let language = page.language, let edition = editions[language.code] {
                (web, kiosk, webFolder, kioskFolder) = (
                    edition.web, edition.kiosk, language.folder, kioskFolder + language.folder
                )
            }
            // Its words are weighed for the search index while its text is still held, in its language's words.
            search.add(page, entry: searchEntry(page))
            var files = buildsWeb ? web.files(for: page, codes: codes).map { $0.under(webFolder) } : []
            if buildsKiosk {
                files += KioskAssembler.files(for: page, kiosk: kiosk, codes: codes).map { $0.under(kioskFolder) }
            }
            guard !files.isEmpty else { return page }
            for file in files { staging.write(file) }
            written.add(files.count)
            pageCache?.made(files.map(\.path), from: page)
            return page.withoutBody(sharing: sharedStrings)
        }

        pageCache?.letGo()
        sharedStrings.removeAll()

        progress(.checkContent)
        // The content is checked while its sections and service directory are worked out, and then the cache learns
        // what the whole-site files are made from (`setPages`) on whichever core is done first: none of them reads what
        // another finds. (At 10,000 guides the directory, which follows every guide's links, takes about as long as the
        // checks of a build that keeps the unchanged pages' problems.)
        let (problems, (sections, directory)) = Parallel.pair(
            { checks(content, pageCache: pageCache, today: options.today) },
            { (GuideSections.group(content), ServiceDirectory(content: content)) },
            thenEither: { staging.cache?.setPages(content, today: options.today, listings: pageCache?.listings ?? [:]) })
        var diagnostics = content.diagnostics
        diagnostics.append(contentsOf: templateProblems)
        diagnostics.append(contentsOf: problems)
        let found = diagnostics.sorted  // as the cache records them: `--strict` is applied when they are read
        if options.strict { diagnostics = diagnostics.strict() }

        let pageCount = PageKind.pageCount(
            of: SiteOutput.allCases.filter(outputs.contains),
            counts: [
                .eachGuide: content.guides.count, .eachPage: content.pages.count, .eachEasyRead: content.easyReads.count,
                .eachSection: sections.count, .eachService: directory.services.count, .eachCategory: directory.categories.count,
            ], hasServices: !directory.isEmpty, languages: content.config.languages.count,
            translated: [
                .eachGuide: content.translations.count { $0.kind == .guide },
                .eachPage: content.translations.count { $0.kind == .page },
                .eachEasyRead: content.translations.count { $0.kind == .easyRead },
            ])
        var report = BuildReport(
            diagnostics: diagnostics.sorted, pageCount: pageCount, fileCount: 0, written: false, seconds: 0)
        report.keptPages = pageCache?.kept ?? 0
        report.keptServices = knownServices?.keptRecords ?? 0
        guard !diagnostics.hasErrors else {
            staging.discard()
            report.seconds = monotonicSeconds() - started
            if options.endsProcess { HeldUntilExit.hold(content, folder, staging, pageCache as Any, search, editions) }
            return report
        }

        progress(.renderPages)
        // The services join the search index, and the index of each language is written, one at a time, for the
        // website and the kiosk. Meanwhile the other pages made from the whole site have their jobs made, and the
        // health report, the longest of them, is written (none reads what the index holds). The pages are kept for the
        // next build by whichever of the two is done first. Then what the index gathered is let go, while the other
        // pages made from the whole site are written.
        let searchFolders = (outputs.contains(.web) ? [""] : []) + (buildsKiosk ? [kioskFolder] : [])
        let languages = Array(zip(content.config.allLanguages, [templates] + localized))
        let reportPath = PageKind.report.path(for: .site)
        let (searchCount, (webFiles, reportCount)) = Parallel.pair(
            {
                SearchFiles.addServices(directory.services, to: search)
                var count = 0
                // Written a few dozen at a time, in parallel, as they are made: not every file's text at once.
                var batch: [FileJob] = []
                for (language, templates) in languages {
                    SearchFiles.forEachJob(
                        search, language: language, config: content.config, strings: templates.strings,
                        folders: searchFolders
                    ) { job in
                        batch.append(job)
                        count += 1
                        guard batch.count == 64 else { return }
                        staging.write(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                    staging.write(batch)
                    batch.removeAll(keepingCapacity: true)
                }
                return count
            },
            {
                let webFiles =
                    buildsWeb
                    ? assembler.siteFiles(content, sections: sections, directory: directory, templates: templates) : []
                let healthReport = webFiles.first { $0.path == reportPath }
                healthReport.map(staging.write)
                knownRows?.save()
                return (webFiles, healthReport == nil ? 0 : 1)
            },
            thenEither: {
                // By the half done first: at 1,000 guides the whole-site files, at 10,000 the search index.
                if let pageCache, let cache = staging.cache, let base = pageBase {
                    pageCache.save(content, base: base, in: cache.folder)
                }
            })
        let writtenFirst = searchCount + reportCount
        // What the index gathered is let go on another core while the rest of the site's files are made and written.
        report.fileCount = Parallel.run(meanwhile: { search.removeAll() }) {
            var files: [FileJob] = []
            var copies: [(from: TemplateFolder.Origin, to: String)] = []
            let contentCopies = content.assets.map {
                (from: TemplateFolder.Origin.file(options.contentDirectory + "/" + $0.path), to: $0.path)
            }
            if buildsWeb {
                files = webFiles.filter { $0.path != reportPath }  // the report is written already
                copies = contentCopies + webAssets
            }
            if buildsKiosk {
                // The kiosk is written whole into its own folder: alone, that folder is the output.
                var kiosk = KioskAssembler(
                    templates: templates, content: content, sections: sections, directory: directory, qrCodes: qrCodes)
                kiosk.recordPrints = recordPrints
                // Guides and pages were written while they loaded.
                files += kiosk.jobs(pages: false).map { $0.under(kioskFolder) }
                copies += (contentCopies + kioskAssets + searchScript(webAssets, kiosk: kioskAssets)).map {
                    (from: $0.from, to: kioskFolder + $0.to)
                }
            }
            // Each language's files; its translations were written while they loaded.
            for (language, templates) in zip(content.config.languages, localized) {
                files += editionFiles(
                    content.edition(in: language), templates: templates, today: options.today,
                    web: outputs.subtracting([.kiosk]), kiosk: buildsKiosk ? kioskFolder : nil, pages: false)
            }
            staging.write(files)
            staging.copy(copies)
            // The jobs are let go as this returns; a process that ends straight after leaves them to its end.
            if options.endsProcess { HeldUntilExit.hold(files) }
            return written.value + writtenFirst + files.count + copies.count
        }
        if !kioskAlone && outputs.count < SiteOutput.allCases.count {
            // What this build does not make is kept as it was: the old site's files of the other outputs.
            let languages = Set(content.config.languages.map(\.folder))
            do {
                try staging.carryOver(from: options.outputDirectory) { path in
                    SiteOutput.owner(of: path, languages: languages).map { !outputs.contains($0) } ?? false
                }
            } catch {
                staging.discard()  // the site stays as it was
                throw error
            }
        }
        progress(.writeSite)
        if let inputs {
            staging.cache?.setOutcome(
                inputs: inputs,
                report: CacheManifest.Report(diagnostics: found, pageCount: pageCount, fileCount: report.fileCount))
        }
        try staging.swapIntoPlace()
        report.written = true
        report.seconds = monotonicSeconds() - started
        if options.endsProcess {
            HeldUntilExit.hold(
                content, folder, staging, pageCache as Any, search, sections, directory, assembler, editions, localized,
                qrCodes)
        }
        return report
    }

    /// What the checks find of `content`: each page's (but for a page taken unchanged from `pageCache` when what they
    /// read besides it is the same), then the rules of the site and of each translation.
    static func checks(_ content: SiteContent, pageCache: PageCache?, today: Day) -> [Diagnostic] {
        // The site's and the translations' rules are checked while the pages are.
        let (pageProblems, otherProblems) = Parallel.pair(
            {
                let checkInputs = ContentChecks.pageInputs(content, today: today)
                var known: (@Sendable (ContentPage) -> [Diagnostic]?)?
                if let pageCache { known = { pageCache.checks(of: $0, inputs: checkInputs) } }
                let pageProblems = ContentChecks.run(content.allPages, in: content, today: today, known: known)
                pageCache?.checked(Array(zip(content.allPages.map(\.file), pageProblems)), inputs: checkInputs)
                return Array(pageProblems.joined())
            }, { ContentChecks.otherRules(content, today: today) })
        return pageProblems + otherProblems
    }

    /// What a build reads, for the build cache, each file read once: `inputs`, everything (the program, every file of
    /// the content and templates folders, the built-in templates, where they are, what is built, and the day), which
    /// the unchanged-site check compares; `base`, what every file of the site is made from (the same without the
    /// pages' text, the program and the day), which every file's key starts from; `pagesBase`, the same without the
    /// service records' bytes, which with what pages show of the records (`ContentFolder.servicesAsPagesSeeThem`) is
    /// what the files made from a page start from; and each page's file's fingerprint.
    ///
    /// A content file whose fingerprint the last build left in the cache's `folder` (`KnownFingerprints`) and that has
    /// not changed since is not read again; `files` is what is known now, and `changed` whether it differs. `listing`
    /// is the content folder's, which the build opens it with.
    static func cacheFingerprints(_ options: BuildOptions, cache folder: String) throws -> (
        inputs: Fingerprint, base: Fingerprint, pagesBase: Fingerprint, pages: [String: Fingerprint],
        files: FileFingerprints, changed: Bool, listing: FolderListing
    ) {
        let known = options.cache == .reuse ? KnownFingerprints.read(from: folder, root: options.contentDirectory) : nil
        let content = try ContentFolder.fingerprints(of: options.contentDirectory, known: known ?? FileFingerprints())
        // The last build's fingerprints are freed one entry at a time, while the other core waits for the next step.
        if options.endsProcess, let known { HeldUntilExit.hold(known) }
        let templates = try TemplateFolder.open(options.templatesDirectory, defaults: options.defaultTemplates).0.fingerprint()
        var shared = Fingerprinter()
        shared.add(templates)
        shared.add(options.contentDirectory)
        shared.add(options.templatesDirectory)
        for output in options.outputs.map(\.rawValue).sorted() { shared.add(output) }
        var base = shared
        base.add(content.allButPages)
        var pagesBase = shared
        pagesBase.add(content.allButPagesAndRecords)
        var inputs = shared
        inputs.add(OutputCache.programFingerprint)
        inputs.add(content.everything)
        inputs.add(options.today.iso)
        return (
            inputs.finish(), base.finish(), pagesBase.finish(), content.pages, content.files, content.changed || known == nil,
            content.listing
        )
    }

    /// The renderers of one of the site's other languages for its translations as they load: its website's, and its
    /// kiosk's.
    static func loadingRenderers(
        _ folder: ContentFolder, in language: SiteLanguage, templates: TemplateSet, today: Day,
        outputs: Set<SiteOutput> = Set(SiteOutput.allCases)
    ) -> (web: SiteAssembler, kiosk: KioskRenderer) {
        let settings = folder.settingsOnly.edition(in: language)
        let web = WebRenderer(
            templates: templates, config: settings.config,
            accessibilityStatementURL: folder.accessibilityStatementURL(in: language), services: folder.services,
            index: folder.index)
        let assembler = SiteAssembler(
            templates: templates, web: web, config: settings.config, today: today, outputs: outputs)
        return (
            assembler,
            KioskRenderer(templates: templates, content: settings, sections: [], qrCodes: QRDrawings(strings: templates.strings))
        )
    }

    /// The files of one of the site's other languages: its website under its folder, and its kiosk under the kiosk's.
    static func editionFiles(
        _ edition: SiteContent, templates: TemplateSet, today: Day, web: Set<SiteOutput>, kiosk: String?, pages: Bool
    ) -> [FileJob] {
        let sections = GuideSections.group(edition)
        let directory = ServiceDirectory(content: edition)
        var files: [FileJob] = []
        if !web.isEmpty {
            let renderer = WebRenderer(templates: templates, content: edition)
            let assembler = SiteAssembler(
                templates: templates, web: renderer, config: edition.config, today: today, outputs: web)
            files += assembler.editionFiles(edition, sections: sections, directory: directory, pages: pages)
        }
        if let kiosk, let language = edition.config.edition {
            let assembler = KioskAssembler(
                templates: templates, content: edition, sections: sections, directory: directory,
                qrCodes: QRDrawings(strings: templates.strings))
            files += assembler.editionJobs(pages: pages).map { $0.under(kiosk + language.folder) }
        }
        return files
    }

    /// The content and templates folders exist (the templates folder only when there are no default templates), and
    /// (when `writing`) the output folder, replaced whole, holds neither.
    public static func checkFolders(_ options: BuildOptions, writing: Bool = true) throws {
        let needed =
            [("content", options.contentDirectory)]
            + (options.defaultTemplates.isEmpty ? [("templates", options.templatesDirectory)] : [])
        for (name, path) in needed where !FileSystem.isDirectory(path) {
            throw EnvironmentError(
                "the \(name) folder `\(path)` does not exist", at: path,
                hint: "run signpost in the folder that holds Content/ and Templates/, or name them with --\(name)")
        }
        guard writing else { return }
        let output = FileSystem.canonicalPath(options.outputDirectory)
        func isInside(_ path: String, _ folder: String) -> Bool {
            path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
        }
        for (name, path) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)]
        where FileSystem.isDirectory(path) {
            let folder = FileSystem.canonicalPath(path)
            if isInside(folder, output) {
                throw EnvironmentError(
                    "the output folder `\(options.outputDirectory)` holds the \(name) folder, and a build replaces it whole",
                    at: options.outputDirectory, hint: "choose another output folder, such as `Site`")
            }
            if isInside(output, folder) {
                throw EnvironmentError(
                    "the output folder `\(options.outputDirectory)` is inside the \(name) folder `\(path)`, and a build replaces it whole",
                    at: options.outputDirectory, hint: "choose a folder outside it, such as `Site`")
            }
        }
    }

    /// The templates' `<folder>/**` (`assets`, `kiosk/assets`) goes to `assets/` on the site or in the kiosk.
    private static func templateAssets(_ templates: TemplateFolder, folder: String) -> [(from: TemplateFolder.Origin, to: String)]
    {
        templates.paths(under: folder + "/").compactMap { path in
            templates.origin(of: folder + "/" + path).map { (from: $0, to: "assets/" + path) }
        }
    }

    /// The website's search script (`Templates/assets/search.js`), which the kiosk's search screen runs too, unless
    /// the kiosk's assets have their own.
    private static func searchScript(
        _ web: [(from: TemplateFolder.Origin, to: String)], kiosk: [(from: TemplateFolder.Origin, to: String)]
    ) -> [(from: TemplateFolder.Origin, to: String)] {
        let script = "assets/search.js"
        return kiosk.contains { $0.to == script } ? [] : web.filter { $0.to == script }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
