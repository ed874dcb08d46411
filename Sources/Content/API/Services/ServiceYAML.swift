/// Writes a service as a record editors can read and change: the format `ContentLoader` reads,
/// keys in the README's order, text in double quotes, the description as a `|` block.
public enum ServiceYAML {
    public static func write(_ service: Service) -> String {
        var lines = [
            "name: " + YAMLScalar.quoted(service.name), "summary: " + YAMLScalar.quoted(service.summary),
            "category: " + YAMLScalar.quoted(service.category),
        ]
        if service.status != .active { lines.append("status: " + service.status.rawValue) }
        if let markdown = service.description?.markdown, !markdown.isEmpty {
            let body = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            let indicator = body.first?.first == " " ? "|2" : "|"
            lines.append("description: " + indicator)
            lines += body.map { $0.isEmpty ? "" : "  " + $0 }
        }
        if let place = service.location, !place.isEmpty {
            lines.append("location:")
            for (key, value) in [
                ("site", place.site), ("building", place.building), ("floor", place.floor), ("postcode", place.postcode),
                ("directions", place.directions),
            ] {
                if let value { lines.append("  \(key): " + YAMLScalar.quoted(value)) }
            }
        }
        for (key, value) in [
            ("phone", service.phone), ("email", service.email), ("text", service.text), ("website", service.website),
        ] {
            if let value { lines.append("\(key): " + YAMLScalar.quoted(value)) }
        }
        switch service.hours {
        case .notGiven: break
        case .always: lines.append("hours: always")
        case .weekly:
            lines.append("hours:")
            for group in service.hours.groups {
                for period in group.periods {
                    lines.append("  - days: " + days(group.days))
                    lines.append("    opens: " + YAMLScalar.quoted(period.opens.text))
                    lines.append(
                        "    closes: " + YAMLScalar.quoted(period.closes.text + (period.closesNextDay ? " next day" : "")))
                }
            }
        }
        if let note = service.hoursNote { lines.append("hours_note: " + YAMLScalar.quoted(note)) }
        if !service.accessibility.isEmpty {
            lines.append("accessibility:")
            lines += service.accessibility.map { "  - " + YAMLScalar.quoted($0) }
        }
        if !service.languages.isEmpty {
            lines.append("languages: [" + service.languages.map(\.code).joined(separator: ", ") + "]")
        }
        if !service.guides.isEmpty {
            lines.append("guides:")
            lines += service.guides.map { "  - " + $0.dropFirst(ContentPaths.guides.count).dropLast(3) }
        }
        if let assured = service.assuredDate { lines.append("assured_date: " + assured.iso) }
        if let uuid = service.uuid { lines.append("uuid: " + uuid) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `mon-fri` for a run of three or more days, else `[mon, wed]`.
    static func days(_ days: [Weekday]) -> String {
        if days.count >= 3, let first = days.first, let last = days.last, last.rawValue - first.rawValue + 1 == days.count {
            return first.code + "-" + last.code
        }
        return "[" + days.map(\.code).joined(separator: ", ") + "]"
    }
}
