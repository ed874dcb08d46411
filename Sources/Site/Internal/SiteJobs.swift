import Checks
import Content
import OpenReferral
import Render

/// The website's files made once every page is loaded, one kind of `PageKind` at a time: what each is made from,
/// and how each is rendered.
struct SiteJobs {
    let assembler: SiteAssembler
    let content: SiteContent
    let sections: [GuideSection]
    let directory: ServiceDirectory
    /// The website with every page known, for the pages that name other pages (easy read names its guide).
    let fullWeb: WebRenderer
    /// The services' renderer and what the feed's files are written with, held once for the jobs of every service.
    private let shared: Shared
    /// The published services in the order of `services.json`, for the pages of the Open Referral UK feed.
    let feedListing: [Service]
    /// The leaflet register's rows, for its spreadsheet and the health report, worked out once for both (and not at
    /// all when neither is made).
    let registerRows: [LeafletRegister.Row]

    /// The jobs of `kinds`, whatever items of them are asked for.
    init(
        assembler: SiteAssembler, content: SiteContent, sections: [GuideSection], directory: ServiceDirectory,
        making kinds: Set<PageKind>
    ) {
        self.assembler = assembler
        self.content = content
        self.sections = sections
        self.directory = directory
        fullWeb = WebRenderer(templates: assembler.templates, content: content)
        shared = Shared(
            services: ServiceRenderer(templates: assembler.templates, content: content, directory: directory),
            config: content.config, wording: assembler.templates.strings.wording)
        feedListing = OpenReferralFeed.listing(directory.services, config: content.config)
        registerRows = kinds.contains(.register) || kinds.contains(.report) ? LeafletRegister.rows(content) : []
    }

    func items(_ source: PageKind.Source) -> [PageKind.Item] {
        PageKind.items(source, content: content, sections: sections, directory: directory)
    }

    func job(_ kind: PageKind, _ item: PageKind.Item) -> FileJob {
        let path = kind.path(for: item)
        let web = assembler.web
        let content = content
        let sections = sections
        let directory = directory
        let config = content.config
        let wording = assembler.templates.strings.wording
        switch (kind, item) {
        case (.home, _):
            let home = content.home
            return FileJob(path: path) { web.renderHome(home, sections: sections) }
        case (.section, .section(let section)):
            return FileJob(path: path) { web.render(section) }.showing(section.shownFingerprint)
        case (.notFound, _):
            return FileJob(path: path) { web.renderNotFound() }.showing(FileJob.showsNoPage)
        case (.search, _):
            let (guides, services) = (content.guides, directory.services)
            return FileJob(path: path) { web.renderSearch(guides: guides, services: services) }.listing()
        case (.report, _):
            return assembler.reportJob(content, register: registerRows)
        case (.register, _):
            let rows = registerRows
            return FileJob(path: path) { RegisterCSV.make(rows, config: config) }.listing()
        case (.easyRead, .page(let page)):
            // An easy-read page names its guide, so it is rendered with every page known.
            let full = fullWeb
            return FileJob(path: path) { full.renderEasyRead(page) }
        case (.easyReadLeaflet, .page(let page)):
            let leaflets = LeafletRenderer(web: fullWeb)
            return FileJob(path: path) { leaflets.render(page, edition: .easyRead) }
        case (.serviceDirectory, _):
            let renderer = shared.services
            return FileJob(path: path) { renderer.renderDirectory() }.showing(FileJob.showsNoPage)
        case (.serviceCategory, .category(let name)):
            let renderer = shared.services
            let listed = directory.categories.first { $0.name == name }?.services ?? []
            return FileJob(path: path) { renderer.renderCategory(name, services: listed) }.showing(FileJob.showsNoPage)
        case (.service, .service(let service)):
            let shared = shared
            return FileJob(path: path) { shared.services.render(service) }
                .made(fromRecord: assembler.recordPrints[service.sourcePath], showing: directory.shownOfGuides(by: service.id))
        case (.servicesJSON, _):
            let (exported, records) = (directory.services, shared.records)
            return FileJob(path: path) { emit in
                OpenReferralExport.json(exported, records: records, into: emit)
            }.showing(FileJob.showsNoPage)
        case (.servicesCSV, _):
            let exported = directory.services
            return FileJob(path: path) { ServicesCSV.make(exported, config: config, wording: wording) }
                .showing(FileJob.showsNoPage)
        case (.openReferralPage, .feedPage(let number)):
            let (listing, records) = (feedListing, shared.records)
            return FileJob(path: path) {
                OpenReferralFeed.page(number, of: listing, records: records)
            }
            .showing(FileJob.showsNoPage)
        case (.openReferralService, .feedService(let service, _)):
            let shared = shared
            return FileJob(path: path) {
                OpenReferralFeed.service(service, records: shared.records)
            }
            .made(fromRecord: assembler.recordPrints[service.sourcePath], showing: FileJob.showsNoPage)
        case (.sitemap, _):
            let services = SiteAssembler.servicePaths(directory)
            return FileJob(path: path) { emit in
                SiteAssembler.sitemap(content, sections: sections, services: services, into: emit)
            }.showing(SiteAssembler.sitemapFingerprint(content, sections: sections, services: services))
        case (.robots, _):
            let robots = SiteAssembler.robots(config)
            return FileJob(path: path) { robots }.showing(FileJob.showsNoPage)
        case (.leafletPageNumbers, _):
            let leaflets = LeafletRenderer(web: web)
            return FileJob(path: path) { leaflets.renderPageNumbers() }.showing(FileJob.showsNoPage)
        case (.brandStyles, _):
            let templates = assembler.templates
            return FileJob(path: path) { BrandStyles.web(config.branding, templates: templates) }.showing(FileJob.showsNoPage)
        case (_, .page(let page)) where kind.writtenWhileLoading:
            return assembler.loadingJob(kind, page, codes: GuideQRCodes())
        default:
            // The kiosk's kinds are `KioskAssembler`'s; `SiteAssembler` asks only for the website's.
            return FileJob(path: path) { "" }
        }
    }

    /// What the jobs of the directory's services share, held once: a job's closure holds what it uses by value, and
    /// the services' renderer and the records (with the site's settings and wording) come to kilobytes, held by each of
    /// 2,000 jobs at 1,000 services; each service's Open Referral UK record is encoded once for the three files that
    /// show it.
    private final class Shared: Sendable {
        let services: ServiceRenderer
        let records: OpenReferralRecords

        init(services: ServiceRenderer, config: SiteConfig, wording: Wording) {
            self.services = services
            records = OpenReferralRecords(config: config, wording: wording)
        }
    }
}
