import Content
import OpenReferral
import Render

/// Every kind of file a build makes, named once: which output it belongs to, what it is made from, where it goes and
/// the templates it is rendered with.
///
/// The website's and the kiosk's jobs (`SiteAssembler`, `KioskAssembler`), the number of pages a build reports, the
/// templates every templates folder must have, and what `signpost serve` makes again after an edit are all read from
/// here. A new kind of page is a case here, its rendering in its assembler, and its template.
public enum PageKind: String, CaseIterable, Sendable {
    // The website: made from each guide while it loads.
    case guide, largePrint, standardLeaflet, largePrintLeaflet, braille
    // The website: made from each page while it loads, and from each easy-read version once its guide is known.
    case page, easyRead, easyReadLeaflet
    // The website: made once every page is loaded.
    case home, section, notFound, report, register, sitemap, robots, search
    // The page numbers of each language's printed leaflets.
    case leafletPageNumbers
    // The website's and the kiosk's header colours from `branding:` in site.yaml.
    case brandStyles, kioskBrandStyles
    // The directory of services and its exports.
    case serviceDirectory, serviceCategory, service, servicesJSON, servicesCSV
    // The Open Referral UK feed: pages of the list of services, and a file a service.
    case openReferralPage, openReferralService
    // The kiosk.
    case kioskGuide, kioskPage, kioskEasyRead, kioskStart, kioskTopics, kioskAToZ, kioskFindPALS, kioskSection, kioskSearch
    case kioskServices, kioskServiceCategory, kioskService

    /// What a kind is made from: one file for each of these, or one for the site.
    public enum Source: Sendable, Equatable {
        case eachGuide, eachPage, eachEasyRead, eachSection, eachService, eachCategory, site
        /// Each page of the Open Referral UK list, and each service's file in it (named by its UUID).
        case eachFeedPage, eachFeedService
    }

    /// What one file is made from.
    ///
    /// A section and a service are held in a box of their own (`indirect`): an item is copied into each of its jobs,
    /// and a service's many strings and lists would otherwise each be retained at every copy.
    public enum Item {
        case page(ContentPage)
        indirect case section(GuideSection)
        indirect case service(Service)
        case category(String)
        case feedPage(Int)
        indirect case feedService(Service, path: String)
        case site
    }

    public var source: Source {
        switch self {
        case .guide, .largePrint, .standardLeaflet, .largePrintLeaflet, .braille, .kioskGuide: .eachGuide
        case .page, .kioskPage: .eachPage
        case .easyRead, .easyReadLeaflet, .kioskEasyRead: .eachEasyRead
        case .section, .kioskSection: .eachSection
        case .service, .kioskService: .eachService
        case .serviceCategory, .kioskServiceCategory: .eachCategory
        case .openReferralPage: .eachFeedPage
        case .openReferralService: .eachFeedService
        case .home, .notFound, .report, .register, .sitemap, .robots, .search, .serviceDirectory, .servicesJSON, .servicesCSV,
            .leafletPageNumbers, .brandStyles, .kioskBrandStyles, .kioskStart, .kioskTopics, .kioskAToZ, .kioskFindPALS,
            .kioskServices, .kioskSearch:
            .site
        }
    }

    /// Which renderer and folder it belongs to: the kiosk's (its name starts with `kiosk`) or the website's, whose
    /// formats are the website's pages in other forms.
    public var output: SiteOutput {
        rawValue.hasPrefix("kiosk") ? .kiosk : .web
    }

    /// The output `--only` names it by: the kiosk, a format (large print, leaflets, braille, easy read) or the website.
    public var builtBy: SiteOutput {
        switch self {
        case .largePrint, .standardLeaflet, .largePrintLeaflet, .braille, .easyRead, .easyReadLeaflet, .leafletPageNumbers:
            .formats
        default: output
        }
    }

    /// Made only when the site has a published service.
    public var needsServices: Bool {
        switch self {
        case .serviceDirectory, .serviceCategory, .service, .servicesJSON, .servicesCSV, .kioskServices,
            .kioskServiceCategory, .kioskService, .openReferralPage, .openReferralService:
            true
        default: false
        }
    }

    /// Whether a site makes it: those that need services only when it has a published one, and the header colour's
    /// stylesheet only when `branding:` sets a colour.
    public func isMade(hasServices: Bool, config: SiteConfig) -> Bool {
        switch self {
        case .brandStyles, .kioskBrandStyles: config.branding.headerColour != nil
        default: hasServices || !needsServices
        }
    }

    /// One of a guide's other formats on the website (large print, leaflets, braille): `signpost serve` makes these
    /// only when they are asked for.
    public var isOtherFormat: Bool {
        source == .eachGuide && output == .web && self != .guide
    }

    /// Written while the content loads, as soon as its guide or page is parsed; the rest once every page is loaded.
    public var writtenWhileLoading: Bool {
        source == .eachGuide || source == .eachPage
    }

    /// The templates it is rendered with; none for a file written without one.
    public var templates: [String] {
        switch self {
        case .guide: ["pages/guide"]
        case .largePrint: ["pages/large-print"]
        case .standardLeaflet, .largePrintLeaflet, .easyReadLeaflet: ["leaflets/leaflet"]
        case .page: ["pages/page"]
        case .easyRead: ["pages/easy-read"]
        case .home: ["pages/home"]
        case .section: ["pages/section"]
        case .notFound: ["pages/not-found"]
        case .search: ["pages/search"]
        case .report: ["pages/report", "pages/report-row", "pages/report-register-row"]
        case .serviceDirectory: ["pages/services"]
        case .serviceCategory: ["pages/service-category"]
        case .service: ["pages/service"]
        case .kioskGuide, .kioskPage, .kioskEasyRead: ["kiosk/page"]
        case .kioskStart: ["kiosk/start"]
        case .kioskTopics, .kioskAToZ, .kioskSection, .kioskServiceCategory: ["kiosk/list"]
        case .kioskFindPALS: ["kiosk/find-pals"]
        case .kioskServices: ["kiosk/services"]
        case .kioskService: ["kiosk/service"]
        case .kioskSearch: ["kiosk/search"]
        case .leafletPageNumbers: ["leaflets/page-numbers"]
        case .brandStyles: ["layout/brand-css"]
        case .kioskBrandStyles: ["kiosk/layout/brand-css"]
        case .braille, .register, .sitemap, .robots, .servicesJSON, .servicesCSV, .openReferralPage, .openReferralService: []
        }
    }

    /// Whether it is an HTML page (what a build counts).
    public var isPage: Bool {
        switch self {
        case .braille, .register, .sitemap, .robots, .servicesJSON, .servicesCSV, .openReferralPage, .openReferralService,
            .leafletPageNumbers, .brandStyles, .kioskBrandStyles:
            false
        default: true
        }
    }

    /// Made again in each of the site's other languages, under its folder.
    ///
    /// These are a translation's page, large print and leaflets, each language's home page, sections, search and 404
    /// page, and its kiosk. Not braille (English only), the
    /// health report, the sitemap, robots.txt or the directory of services and its exports, which are the site's alone.
    public var isMadeInEachLanguage: Bool {
        switch self {
        case .guide, .largePrint, .standardLeaflet, .largePrintLeaflet, .page, .easyRead, .easyReadLeaflet, .home, .section,
            .notFound, .search, .leafletPageNumbers:
            true
        default: output == .kiosk && !needsServices && self != .kioskBrandStyles
        }
    }

    /// Whether an edit to a guide's title, summary or section can change it: what `signpost serve` marks out of date
    /// when a guide changes (a section's page only for the guide's old and new section).
    public var listsGuides: Bool {
        switch self {
        case .home, .section, .report, .register, .sitemap, .search, .serviceDirectory, .service: true
        default: false
        }
    }

    /// Where the file for `item` goes, under its output's folder.
    public func path(for item: Item) -> String {
        switch (self, item) {
        case (.largePrint, .page(let page)): SitePaths.largePrintPath(of: page.sourcePath) + "index.html"
        case (.standardLeaflet, .page(let page)): SitePaths.leafletPath(of: page.sourcePath, edition: .standard) + ".html"
        case (.largePrintLeaflet, .page(let page)):
            SitePaths.leafletPath(of: page.sourcePath, edition: .largePrint) + ".html"
        case (.easyReadLeaflet, .page(let page)): SitePaths.leafletPath(of: page.sourcePath, edition: .easyRead) + ".html"
        case (.braille, .page(let page)): SitePaths.braillePath(of: page.sourcePath)
        case (_, .page(let page)): page.urlPath + "index.html"
        case (_, .section(let section)): section.urlPath + "index.html"
        case (_, .service(let service)): service.urlPath + "index.html"
        case (_, .category(let name)): SitePaths.serviceCategoryPath(name) + "index.html"
        case (_, .feedPage(let number)): OpenReferralFeed.pagePath(number)
        case (_, .feedService(_, let path)): path
        case (.home, .site), (.kioskStart, .site): "index.html"
        case (.notFound, .site): "404.html"
        case (.report, .site): SitePaths.reportPath + "index.html"
        case (.register, .site): SitePaths.registerPath
        case (.sitemap, .site): "sitemap.xml"
        case (.robots, .site): "robots.txt"
        case (.brandStyles, .site), (.kioskBrandStyles, .site): BrandStyles.path
        case (.leafletPageNumbers, .site): LeafletRenderer.pageNumbersPath
        case (.serviceDirectory, .site), (.kioskServices, .site): SitePaths.serviceDirectoryPath + "index.html"
        case (.servicesJSON, .site): "services.json"
        case (.servicesCSV, .site): "services.csv"
        case (.kioskTopics, .site): SitePaths.kioskTopics + "index.html"
        case (.kioskAToZ, .site): SitePaths.kioskAToZ + "index.html"
        case (.kioskFindPALS, .site): SitePaths.kioskFindPALS + "index.html"
        case (.search, .site), (.kioskSearch, .site): SitePaths.searchPath + "index.html"
        default: ""
        }
    }

    /// One item for each file of a kind made from `source`.
    public static func items(
        _ source: PageKind.Source, content: SiteContent, sections: [GuideSection], directory: ServiceDirectory
    ) -> [PageKind.Item] {
        switch source {
        case .eachGuide: content.guides.map { .page($0) }
        case .eachPage: content.pages.map { .page($0) }
        case .eachEasyRead: content.easyReads.map { .page($0) }
        case .eachSection: sections.map { .section($0) }
        case .eachService: directory.services.map { .service($0) }
        case .eachCategory: directory.categories.map { .category($0.name) }
        case .eachFeedPage: (1...OpenReferralFeed.pageCount(directory.services.count)).map { .feedPage($0) }
        case .eachFeedService:
            directory.services.map { .feedService($0, path: OpenReferralFeed.servicePath($0, config: content.config)) }
        case .site: [.site]
        }
    }

    /// The kinds of an output made from `source`, in the order of `allCases`.
    public static func kinds(_ source: Source, of output: SiteOutput) -> [PageKind] {
        allCases.filter { $0.source == source && $0.output == output }
    }

    /// Every template a templates folder must have, in the order of `allCases`.
    public static var requiredTemplates: [String] {
        var seen = Set<String>()
        return allCases.flatMap(\.templates).filter { seen.insert($0).inserted }
    }

    /// How many HTML pages a build of `outputs` makes for content with these numbers of each source.
    ///
    /// `languages` is the number of the site's other languages, and `translated` the number of translations of each
    /// source in all of them together.
    public static func pageCount(
        of outputs: [SiteOutput], counts: [Source: Int], hasServices: Bool, languages: Int = 0,
        translated: [Source: Int] = [:]
    ) -> Int {
        let made = allCases.filter { $0.isPage && outputs.contains($0.builtBy) && (hasServices || !$0.needsServices) }
        let own = made.reduce(0) { $0 + ($1.source == .site ? 1 : counts[$1.source, default: 0]) }
        return made.filter(\.isMadeInEachLanguage).reduce(own) { total, kind in
            switch kind.source {
            case .site: total + languages
            case .eachSection: total + languages * counts[.eachSection, default: 0]
            default: total + translated[kind.source, default: 0]
            }
        }
    }
}

extension PageKind.Source: Hashable {}
