import Content
import Render
import Search
import Utilities

/// The search index of each of the site's languages: what each result shows, in its language's words, and the index's
/// files for the website (`search/<code>/`) and the kiosk (`kiosk/search/<code>/`).
enum SearchFiles {
    /// What the result of a guide, page or easy-read version shows, `strings` and `config` its language's: a guide's
    /// section, or `Easy read`.
    static func entry(_ page: ContentPage, strings: Strings, config: SiteConfig) -> SearchEntry {
        let section: String
        switch page.kind {
        case .guide: section = config.sectionTitle(GuideSections.title(of: page))
        case .easyRead: section = strings(.formatNameEasyRead)
        case .page, .home: section = ""
        }
        return SearchEntry(
            path: (page.language?.folder ?? "") + page.urlPath, title: page.frontMatter.title,
            summary: page.frontMatter.summary, section: section)
    }

    /// What a service's result shows: its name, its summary, and its category (each language's index puts its word
    /// for a service before it).
    static func entry(_ service: Service) -> SearchEntry {
        SearchEntry(path: service.urlPath, title: service.name, summary: service.summary, section: service.category)
    }

    /// Every page and published service of loaded content, for `signpost serve` (a build adds pages as they load).
    static func collect(_ content: SiteContent, templates: TemplateSet, localized: [TemplateSet]) -> SearchCollector {
        let collector = SearchCollector()
        let editions = Dictionary(
            uniqueKeysWithValues: zip(content.config.languages, localized).map { language, templates in
                (language.code, (templates.strings, content.config.edition(in: language)))
            })
        for page in content.allPages + content.translations {
            let (strings, config) = page.language.flatMap { editions[$0.code] } ?? (templates.strings, content.config)
            collector.add(page, entry: entry(page, strings: strings, config: config))
        }
        addServices(ServiceDirectory(content: content).services, to: collector)
        return collector
    }

    static func addServices(_ services: [Service], to collector: SearchCollector) {
        for service in services { collector.add(service, entry: entry(service)) }
    }

    /// One language's index files, under each of `folders` (the website's `""`, the kiosk's `kiosk/`); `strings` are
    /// that language's.
    static func jobs(
        _ collector: SearchCollector, language: SiteLanguage, config: SiteConfig, strings: Strings, folders: [String]
    ) -> [FileJob] {
        var jobs: [FileJob] = []
        forEachJob(collector, language: language, config: config, strings: strings, folders: folders) { jobs.append($0) }
        return jobs
    }

    /// The same jobs, handed to `body` one at a time, each file's text made only when its job is written (a build
    /// writes each before the next is handed over, and never holds every file's text at once; a file the build cache
    /// keeps is never made).
    static func forEachJob(
        _ collector: SearchCollector, language: SiteLanguage, config: SiteConfig, strings: Strings, folders: [String],
        _ body: (FileJob) -> Void
    ) {
        let index = collector.index(
            in: language == config.defaultLanguage ? nil : language, serviceLabel: strings(.searchService))
        let folder = SitePaths.searchIndexFolder(language)
        // Each file is keyed by what its text is made from, worked out without making it: of the index's many small
        // files, an edited page changes only those that hold its words, and only those are made and written again,
        // once for all of `folders`.
        index.forEachFile { file in
            let text = SharedText(file.text, uses: folders.count)
            for root in folders {
                body(FileJob(path: root + folder + file.path) { text.take() }.showing(file.madeFrom))
            }
        }
    }
}

/// A file's text that several jobs write (the same index for the website and the kiosk): made by the first to ask,
/// and let go once each has taken it (one that asks again has it made again).
private final class SharedText: @unchecked Sendable {
    private let lock = Lock()
    private let make: @Sendable () -> String
    private var text: String?
    private var uses: Int

    init(_ make: @escaping @Sendable () -> String, uses: Int) {
        self.make = make
        self.uses = uses
    }

    func take() -> String {
        lock.withLock {
            let made = text ?? make()
            uses -= 1
            text = uses > 0 ? made : nil
            return made
        }
    }
}

extension SiteAssembler {
    /// The website's search index in every language, for `signpost serve`, which makes it again from every page it
    /// holds with each render (a build weighs each page's words as it loads); `localized` in the order of
    /// `content.config.languages`.
    public static func searchFiles(_ content: SiteContent, templates: TemplateSet, localized: [TemplateSet]) -> [FileJob] {
        let collector = SearchFiles.collect(content, templates: templates, localized: localized)
        return zip(content.config.allLanguages, [templates] + localized).flatMap { language, templates in
            SearchFiles.jobs(
                collector, language: language, config: content.config, strings: templates.strings, folders: [""])
        }
    }
}
