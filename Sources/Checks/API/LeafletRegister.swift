import Content

/// The leaflet register: every guide with its reference, version, approval, review dates, formats and languages, the
/// table a trust's patient information group reviews each month (`_report/register.csv` and the health report).
public enum LeafletRegister {
    public struct Row: Sendable, Hashable {
        /// Empty for a guide not under document control.
        public var reference: String
        public var title: String
        /// The guide's path on the site.
        public var urlPath: String
        public var version: Int?
        public var owner: String
        public var approvedBy: String
        public var approvedOn: Day?
        public var lastReviewed: Day?
        public var nextReview: Day?
        /// The formats the site has it in, besides the web page.
        public var formats: [Format]
        /// The codes of the languages it is translated into.
        public var languages: [String]
    }

    /// Every guide, by reference (those without one last), then by file.
    public static func rows(_ content: SiteContent) -> [Row] {
        // The two lists of formats a row can have, made once and shared by the rows: not an array a row.
        let (formats, withoutEasyRead) = (HealthReport.formatColumns, HealthReport.formatColumns.filter { $0 != .easyRead })
        var rows = content.guides.map { guide in
            let matter = guide.frontMatter
            let hasEasyRead = content.index.easyRead(ofGuide: guide.sourcePath) != nil
            return Row(
                reference: matter.control?.reference ?? "", title: matter.title, urlPath: guide.urlPath,
                version: matter.control?.version, owner: matter.owner, approvedBy: matter.control?.approvedBy ?? "",
                approvedOn: matter.control?.approvedOn, lastReviewed: matter.lastReviewed, nextReview: matter.nextReview,
                formats: hasEasyRead ? formats : withoutEasyRead,
                languages: content.index.languages(of: guide.sourcePath, in: content.config).map(\.code))
        }
        // Sorted in place: 10,000 rows are not copied to another array.
        rows.sort { a, b in
            (a.reference.isEmpty ? 1 : 0, a.reference, a.urlPath) < (b.reference.isEmpty ? 1 : 0, b.reference, b.urlPath)
        }
        return rows
    }
}
