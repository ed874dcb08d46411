import Checks
import Content
import OpenReferral

/// The leaflet register as a spreadsheet, `_report/register.csv` (RFC 4180, UTF-8): one row a guide, for the patient
/// information group.
enum RegisterCSV {
    static let columns = [
        "reference", "title", "version", "owner", "approved_by", "approved_on", "last_reviewed", "next_review", "formats",
        "languages", "page",
    ]

    static func make(_ rows: [LeafletRegister.Row], config: SiteConfig) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for row in rows {
            let cells: [String] = [
                row.reference, row.title, row.version.map(String.init) ?? "", row.owner, row.approvedBy,
                row.approvedOn?.iso ?? "", row.lastReviewed?.iso ?? "", row.nextReview?.iso ?? "",
                row.formats.map(\.rawValue).joined(separator: "; "), row.languages.joined(separator: "; "),
                config.absoluteURL(row.urlPath),
            ]
            for (number, cell) in cells.enumerated() {
                if number > 0 { text += "," }
                text += ServicesCSV.field(cell)
            }
            text += "\r\n"
        }
        return text
    }
}
