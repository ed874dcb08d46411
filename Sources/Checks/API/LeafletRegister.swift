import Content
import Utilities

/// The leaflet register: every guide with its reference, version, approval, review dates, formats and languages, the
/// table a trust's patient information group reviews each month (`_report/register.csv` and the health report).
public enum LeafletRegister {
    public struct Row: Sendable, Hashable {
        /// Empty for a guide not under document control.
        public let reference: String
        public let title: String
        /// The guide's path on the site.
        public let urlPath: String
        public let version: Int?
        public let owner: String
        public let approvedBy: String
        public let approvedOn: Day?
        public let lastReviewed: Day?
        public let nextReview: Day?
        /// The formats the site has it in, besides the web page.
        public let formats: [Format]
        /// The codes of the languages it is translated into.
        public let languages: [String]
        /// Every value above as one fingerprint, taken as the row is made (as `HealthReport.Row.shown`).
        public let shown: Fingerprint

        public init(
            reference: String, title: String, urlPath: String, version: Int?, owner: String, approvedBy: String,
            approvedOn: Day?, lastReviewed: Day?, nextReview: Day?, formats: [Format], languages: [String]
        ) {
            self.reference = reference
            self.title = title
            self.urlPath = urlPath
            self.version = version
            self.owner = owner
            self.approvedBy = approvedBy
            self.approvedOn = approvedOn
            self.lastReviewed = lastReviewed
            self.nextReview = nextReview
            self.formats = formats
            self.languages = languages
            var shown = Fingerprinter()
            shown.add("register-row")
            shown.add(reference)
            shown.add(title)
            shown.add(urlPath)
            shown.add(owner)
            shown.add(approvedBy)
            shown.add(version == nil ? 0 : 1)
            shown.add(version ?? 0)
            shown.add(day: approvedOn)
            shown.add(day: lastReviewed)
            shown.add(day: nextReview)
            shown.add(formats)
            shown.add(languages.count)
            for language in languages { shown.add(language) }
            self.shown = shown.finish()
        }
    }

    /// Every guide, by reference (those without one last), then by file.
    public static func rows(_ content: SiteContent) -> [Row] {
        // The two lists of formats a row can have, made once and shared by the rows: not an array a row.
        let (formats, withoutEasyRead) = (HealthReport.formatColumns, HealthReport.formatColumns.filter { $0 != .easyRead })
        let (index, config) = (content.index, content.config)
        // Each row made (and fingerprinted) in parallel.
        var rows = Parallel.map(content.guides) { guide in
            let matter = guide.frontMatter
            let hasEasyRead = index.easyRead(ofGuide: guide.sourcePath) != nil
            return Row(
                reference: matter.control?.reference ?? "", title: matter.title, urlPath: guide.urlPath,
                version: matter.control?.version, owner: matter.owner, approvedBy: matter.control?.approvedBy ?? "",
                approvedOn: matter.control?.approvedOn, lastReviewed: matter.lastReviewed, nextReview: matter.nextReview,
                formats: hasEasyRead ? formats : withoutEasyRead,
                languages: index.languages(of: guide.sourcePath, in: config).map(\.code))
        }
        // Sorted in place: 10,000 rows are not copied to another array.
        rows.sort { a, b in
            (a.reference.isEmpty ? 1 : 0, a.reference, a.urlPath) < (b.reference.isEmpty ? 1 : 0, b.reference, b.urlPath)
        }
        return rows
    }
}
