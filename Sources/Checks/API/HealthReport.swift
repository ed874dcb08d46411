import Content
import Utilities

/// The content health report: every guide with its owner, review dates, reading age, length, formats and
/// sources, overdue reviews first, for the PALS manager's audits (and the PIF TICK).
public struct HealthReport: Sendable {
    /// One guide's line of the report.
    public struct Row: Sendable, Hashable {
        public let title: String
        /// The file, under the content folder: `guides/concerns/making-a-complaint.md`.
        public let file: String
        /// The page's path on the site.
        public let urlPath: String
        public let owner: String
        public let lastReviewed: Day?
        public let nextReview: Day?
        public let readingAge: Double
        public let wordCount: Int
        public let formats: [Format]
        public let sourceCount: Int
        /// Whether its easy-read version is written (`easy-read/` beside `guides/`).
        public let hasEasyRead: Bool
        /// Every value above as one fingerprint, taken as the row is made, while they are at hand: the report keeps a
        /// row's text by it (`KnownRows`), and so never reads the 10,000 rows' values again to look their text up.
        public let shown: Fingerprint

        /// `index` says whether its easy-read version is written.
        public init(_ guide: ContentPage, index: ContentIndex) {
            title = guide.frontMatter.title
            file = guide.sourcePath
            urlPath = guide.urlPath
            owner = guide.frontMatter.owner
            lastReviewed = guide.frontMatter.lastReviewed
            nextReview = guide.frontMatter.nextReview
            readingAge = guide.readingAge ?? ReadingAge.grade(of: guide.document.proseBlocks)
            wordCount = guide.document.wordCount
            formats = guide.frontMatter.formats
            sourceCount = guide.frontMatter.sources.count
            hasEasyRead = index.easyRead(ofGuide: guide.sourcePath) != nil
            var shown = Fingerprinter()
            shown.add("report-row")
            shown.add(title)
            shown.add(file)
            shown.add(urlPath)
            shown.add(owner)
            shown.add(day: lastReviewed)
            shown.add(day: nextReview)
            shown.add(readingAge.bitPattern)
            shown.add(wordCount)
            shown.add(sourceCount)
            shown.add(formats)
            shown.add(hasEasyRead ? 1 : 0)
            self.shown = shown.finish()
        }

        /// Whether the site has the guide in a format: large print and braille are made for every guide, easy read
        /// where its file is written (whatever `formats` lists as ready if asked for).
        public func has(_ format: Format) -> Bool {
            format == .easyRead ? hasEasyRead : true
        }
    }

    /// The date the report is for.
    public var today: Day
    public var reviewWarningDays: Int
    public var readingAgeLimit: Int
    /// Overdue reviews first, then by next review date, then by file.
    public var rows: [Row]
    /// Published services whose record was last checked over a year ago, oldest first.
    public var servicesToCheck: [ServiceToCheck]
    /// The languages of `translations`' columns, and each page's translations (`HealthReport.translations(_:)`).
    public var languages: [SiteLanguage] = []
    public var translations: [TranslationRow] = []
    /// The leaflet register (`LeafletRegister.rows(_:)`).
    public var register: [LeafletRegister.Row] = []

    /// A service of the directory whose `assured_date` is over a year old.
    public struct ServiceToCheck: Sendable, Hashable {
        public var name: String
        /// `services/pals.yaml`, under the content folder.
        public var file: String
        public var urlPath: String
        public var assuredDate: Day
    }

    public init(rows: [Row], config: SiteConfig, today: Day, services: [Service] = []) {
        self.init(
            ordered: Self.inReportOrder(rows, nextReview: \.nextReview, file: \.file), config: config, today: today,
            services: services)
    }

    /// The report for every guide and service of `content`, each guide measured in parallel; `rows` (the guides') and
    /// `register` (the leaflet register's) when the caller has them already.
    public init(_ content: SiteContent, today: Day, rows: [Row]? = nil, register: [LeafletRegister.Row]? = nil) {
        if let rows {
            self.init(rows: rows, config: content.config, today: today, services: content.services)
        } else {
            // Each guide's row made in the report's order, by the same keys (its guide's), not made and then moved.
            let (index, guides) = (content.index, content.guides)
            let order = Self.inReportOrder(
                Array(guides.indices), nextReview: { guides[$0].frontMatter.nextReview }, file: { guides[$0].sourcePath })
            self.init(
                ordered: Parallel.map(order) { Row(guides[$0], index: index) }, config: content.config, today: today,
                services: content.services)
        }
        languages = content.config.languages
        translations = Self.translations(content)
        self.register = register ?? LeafletRegister.rows(content)
    }

    /// `items` in the report's order: by the day each guide's review is due (none first), then by its file.
    ///
    /// By their keys, looked up once an item: a row is large, and 10,000 of them are not moved at each comparison.
    private static func inReportOrder<Item>(
        _ items: [Item], nextReview: (Item) -> Day?, file: (Item) -> String
    ) -> [Item] {
        items.sorted(byKey: { nextReview($0) ?? .epoch }, then: file)
    }

    /// The report of `rows`, in the report's order.
    private init(ordered rows: [Row], config: SiteConfig, today: Day, services: [Service]) {
        self.today = today
        reviewWarningDays = config.reviewWarningDays
        readingAgeLimit = config.readingAgeLimit
        self.rows = rows
        servicesToCheck = services.compactMap { service in
            guard service.needsChecking(on: today), let assured = service.assuredDate else { return nil }
            return ServiceToCheck(name: service.name, file: service.sourcePath, urlPath: service.urlPath, assuredDate: assured)
        }.sorted { ($0.assuredDate, $0.file) < ($1.assuredDate, $1.file) }
    }

    /// Where a guide's review stands on the report's date.
    public func status(of row: Row) -> ReviewStatus { status(nextReview: row.nextReview) }

    private func status(nextReview: Day?) -> ReviewStatus {
        ReviewStatus(nextReview: nextReview, today: today, warningDays: reviewWarningDays)
    }

    /// How many guides' reviews stand at `status`.
    ///
    /// Each row's field is read in place (`rows[$0]`), not the row copied: a row is large, and there may be 10,000.
    public func count(_ status: ReviewStatus) -> Int {
        rows.indices.count { self.status(nextReview: rows[$0].nextReview) == status }
    }

    /// Guides whose reading age is above the site's limit.
    public var hardToReadCount: Int { rows.indices.count { rows[$0].readingAge > Double(readingAgeLimit) } }

    /// The formats the report has a column for.
    public static let formatColumns: [Format] = [.easyRead, .largePrint, .braille]
}
