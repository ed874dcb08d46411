import Content
import Foundation

extension HealthReport {
    /// The report as a table for the terminal, columns padded to line up.
    public func table() -> String {
        let header =
            ["Next review", "Status", "Guide", "Owner", "Last reviewed", "Reading age", "Words"]
            + Self.formatColumns.map(\.name) + ["Sources"]
        let body = rows.map { row in
            [
                row.nextReview?.iso ?? "-", status(of: row).rawValue, Self.clip(row.title, 40), Self.clip(row.owner, 24),
                row.lastReviewed?.iso ?? "-", ReadingAge.text(row.readingAge), String(row.wordCount),
            ] + Self.formatColumns.map { row.has($0) ? "yes" : "no" } + [String(row.sourceCount)]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces)
        }
        var lines = [
            "Content health report for \(today.text): \(rows.count) guides, \(count(.overdue)) overdue for review, "
                + "\(count(.dueSoon)) due within \(reviewWarningDays) days, \(hardToReadCount) above reading age \(readingAgeLimit).",
            "",
            line(header),
            line(widths.map { String(repeating: "-", count: $0) }),
        ]
        lines += body.map(line)
        lines.append("")
        if servicesToCheck.isEmpty {
            lines.append("Every service record was checked with its service within the last year.")
        } else {
            lines.append("Service records last checked over a year ago (\(servicesToCheck.count)):")
            lines += servicesToCheck.map { "  \($0.assuredDate.iso)  \($0.name) (\($0.file))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
