import Content
import Utilities

/// The directory as a spreadsheet: `Site/services.csv`, one row a service (RFC 4180, UTF-8).
public enum ServicesCSV {
    public static let columns = [
        "id", "name", "category", "status", "summary", "phone", "text", "email", "website", "site", "building", "floor",
        "directions", "hours", "hours_note", "accessibility", "languages", "assured_date", "page",
    ]

    public static func make(_ services: [Service], config: SiteConfig, wording: Wording) -> String {
        var lines = [columns.joined(separator: ",")]
        for service in services.sorted(by: { $0.id < $1.id }) {
            let place = service.location
            let row: [String?] = [
                service.id, service.name, service.category, service.status.rawValue, service.summary,
                service.phone.map(PhoneNumber.grouped), service.text.map(PhoneNumber.grouped), service.email, service.website,
                place?.site, place?.building, place?.floor, place?.directions,
                service.hours.sentences(wording).joined(separator: " "),
                service.hoursNote, service.accessibility.joined(separator: "; "),
                service.languages.map(\.englishName).joined(separator: "; "), service.assuredDate?.iso,
                config.absoluteURL(service.urlPath),
            ]
            lines.append(row.map { field($0 ?? "") }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The first bytes of the characters that can start a formula (`field`).
    private static let formulaBytes = Set("=@\t\r+-".utf8)

    /// A quoted field when it needs one; a leading `=`, `+`, `-`, `@` (that is not a phone number) gets a `'`
    /// so a spreadsheet shows it as text rather than running it as a formula: the one CSV escaper (the leaflet
    /// register uses it too).
    public static func field(_ value: String) -> String {
        var value = value
        // Only a value whose first byte is one of those can begin with one of those characters.
        if let byte = value.utf8.first, Self.formulaBytes.contains(byte), let first = value.first,
            "=@\t\r".contains(first) || ("+-".contains(first) && !PhoneNumber.isUKNumber(value))
        {
            value = "'" + value
        }
        // By byte: a line break is quoted also where it is "\r\n", which is one Character.
        let needsQuotes = value.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacing(ascii: UInt8(ascii: "\""), with: "\"\"") + "\""
    }
}
