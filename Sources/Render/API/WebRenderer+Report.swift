import Checks
import Content
import Foundation
import Utilities

extension WebRenderer {
    /// The content health report page (not for patients, so kept out of search engines and the sitemap), handed
    /// over in pieces: the page around the table, then each guide's row (`pages/report-row`) made and handed over
    /// a few hundred at a time, so a site of thousands of guides never holds the whole page.
    ///
    /// A row `known` holds (made before with the same templates, settings and day, showing the same) is written as it
    /// was made then; each row made now is handed to it.
    public func renderReport(_ report: HealthReport, known: KnownRows? = nil, into emit: (String) -> Void) {
        var context = common.page(
            title: templates.strings(.reportTitle), summary: templates.strings(.reportSummary), urlPath: nil)
        context["noindex"] = true
        context["breadcrumbs"] = [common.homeCrumb]
        context["report_date"] = DateContext.of(report.today, templates.strings.wording)
        context["guide_count"] = report.rows.count
        context["overdue_count"] = report.count(.overdue)
        context["due_soon_count"] = report.count(.dueSoon)
        context["hard_to_read_count"] = report.hardToReadCount
        context["review_warning_days"] = report.reviewWarningDays
        context["reading_age_limit"] = report.readingAgeLimit
        context["services_to_check"] = report.servicesToCheck.map { service -> [String: Any] in
            [
                "name": service.name, "file": service.file, "url": common.root + service.urlPath,
                "assured_date": DateContext.of(service.assuredDate, templates.strings.wording),
            ]
        }
        context["has_services_to_check"] = !report.servicesToCheck.isEmpty
        context["has_translations"] = !report.translations.isEmpty
        context["translation_languages"] = report.languages.map {
            ["code": $0.code, "name": $0.name, "dir": $0.direction.rawValue]
        }
        context["translations"] = report.translations.map { row -> [String: Any] in
            [
                "title": row.title, "url": common.root + row.urlPath, "file": row.file,
                "states": row.states.map { ["status": templates.strings.name(of: $0), "status_class": $0.rawValue] },
            ]
        }
        context["register_url"] = common.root + SitePaths.registerPath
        let words = RowWords(templates.strings)
        // Each table's rows go where the page has its mark, handed over a few hundred at a time; a page whose own words
        // hold a mark, or that puts the tables in another order, gets its rows in place instead.
        let tables: [Table] = [
            Table(
                mark: "\u{1}report-rows\u{1}", key: "rows_html", template: "pages/report-row", count: report.rows.count,
                context: { rowContext(report.rows[$0], report, words) }, shows: { report.rows[$0].shown }),
            Table(
                mark: "\u{1}register-rows\u{1}", key: "register_html", template: "pages/report-register-row",
                count: report.register.count, context: { registerContext(report.register[$0], words) },
                shows: { report.register[$0].shown }),
        ]
        for table in tables { context[table.key] = table.mark }
        var rest = Substring(templates.render(context, with: "pages/report"))
        var before: [Substring] = []
        for table in tables {
            guard let range = rest.firstRange(ofASCII: table.mark),
                rest[range.upperBound...].firstRange(ofASCII: table.mark) == nil
            else {
                for table in tables { context[table.key] = rows(of: table, 0..<table.count, known: nil) }
                return emit(templates.render(context, with: "pages/report"))
            }
            before.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        for (text, table) in zip(before, tables) {
            emit(String(text))
            for start in stride(from: 0, to: table.count, by: Self.rowsAtATime) {
                emit(rows(of: table, start..<min(start + Self.rowsAtATime, table.count), known: known))
            }
        }
        emit(String(rest))
    }

    /// How many rows of a table are made in one piece.
    private static let rowsAtATime = 256

    /// One of the report's tables: where its rows go, its row template, and each row's context and what it shows.
    private struct Table {
        let mark: String
        let key: String
        let template: String
        let count: Int
        let context: (Int) -> [String: Any]
        let shows: (Int) -> Fingerprint
    }

    /// The text of a table's rows in `range`: with `known`, each row it holds as it was and the others made and handed
    /// to it; without, all made in one render.
    private func rows(of table: Table, _ range: Range<Int>, known: KnownRows?) -> String {
        guard let known else { return templates.render(each: range.map(table.context), with: table.template) }
        var text: [UInt8] = []
        known.append(showing: range.map(table.shows), to: &text) { row in
            templates.render(table.context(range.lowerBound + row), with: table.template)
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func registerContext(_ row: LeafletRegister.Row, _ words: RowWords) -> [String: Any] {
        var item = [String: Any](minimumCapacity: 8)
        item["title"] = row.title
        item["url"] = common.root + row.urlPath
        item["reference"] = row.reference
        item["version"] = row.version.map(String.init) ?? ""
        item["approved_by"] = row.approvedBy
        item["languages"] = row.languages.joined(separator: ", ")
        item["approved_on"] = row.approvedOn.map(words.date)
        return item
    }

    /// A row's values, set one by one into a dictionary made large enough for them all at once.
    private func rowContext(_ row: HealthReport.Row, _ report: HealthReport, _ words: RowWords) -> [String: Any] {
        let status = report.status(of: row)
        var item = [String: Any](minimumCapacity: 16)
        item["title"] = row.title
        item["url"] = common.root + row.urlPath
        item["file"] = row.file
        item["owner"] = row.owner
        item["status"] = words.statusNames[status] ?? ""
        item["status_class"] = words.statusClasses[status] ?? ""
        item["reading_age"] = ReadingAge.text(row.readingAge)
        item["reading_age_high"] = row.readingAge > Double(report.readingAgeLimit)
        item["reading_age_limit"] = report.readingAgeLimit
        item["words"] = row.wordCount
        item["sources"] = row.sourceCount
        for (format, key) in words.formatKeys { item[key] = row.has(format) ? words.yes : words.no }
        item["last_reviewed"] = row.lastReviewed.map(words.date)
        item["next_review"] = row.nextReview.map(words.date)
        return item
    }
}

/// What the report's rows share, worked out once for the page rather than for each of 10,000 rows: each review
/// status's words and class, each format column's key, the words for a format the site has or has not, and each
/// date's context (rows share review dates), made on first need.
private final class RowWords {
    let statusNames: [ReviewStatus: String]
    let statusClasses: [ReviewStatus: String]
    let formatKeys = HealthReport.formatColumns.map { ($0, $0.rawValue.replacing("-", with: "_")) }
    let yes: String
    let no: String
    private let wording: Wording
    private var dates: [Day: [String: String]] = [:]

    init(_ strings: Strings) {
        statusNames = Dictionary(uniqueKeysWithValues: ReviewStatus.allCases.map { ($0, strings.name(of: $0)) })
        statusClasses = Dictionary(
            uniqueKeysWithValues: ReviewStatus.allCases.map { ($0, $0.rawValue.lowercased().replacing(" ", with: "-")) })
        yes = strings(.reportYes)
        no = strings(.reportNo)
        wording = strings.wording
    }

    func date(_ day: Day) -> [String: String] {
        if let known = dates[day] { return known }
        let made = DateContext.of(day, wording)
        dates[day] = made
        return made
    }
}
