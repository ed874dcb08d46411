import Diagnostics
import Utilities

/// Reads `hours:`: `always`, or a list of `{days, opens, closes}`; checks every day and time, that each
/// period closes after it opens, and that no two periods of a day overlap.
enum HoursReader {
    static let entryKeys = ["days", "opens", "closes"]
    static let timeHint = "write times on the 24-hour clock as \"HH:MM\" in quotes, for example \"09:00\" or \"17:30\""
    static let nextDay = " next day"

    static func read(_ node: YAMLNode?, source: YAMLSource, sink: DiagnosticSink) -> OpeningHours {
        guard let node else { return .notGiven }
        if let scalar = node.scalar {
            if scalar.string.trimmingWhitespace.lowercased() == "always" { return .always }
            sink.error(
                "`hours` should be `always` or a list of days and times, not `\(scalar.string)`", at: source.location(node.mark),
                hint: "write `hours: always` for a service open 24 hours a day, or a list such as\n"
                    + "    hours:\n      - days: mon-fri\n        opens: \"09:00\"\n        closes: \"17:00\"")
            return .notGiven
        }
        guard let items = node.sequence else {
            sink.error(
                "`hours` should be a list, each item starting with `- days:`", at: source.location(node.mark),
                hint: "for example `- days: [mon, tue]` and, indented under it, `opens: \"09:00\"` and `closes: \"17:00\"`")
            return .notGiven
        }
        var periods: [(period: OpeningPeriod, location: SourceLocation)] = []
        var reported = Set<[Int]>()
        for item in items {
            let required: KeyValuePairs<String, String> = [
                "days": "add `days:` with a range such as `mon-fri` or a list such as `[mon, wed, fri]`",
                "opens": "add `opens:` with the opening time, for example `opens: \"09:00\"`",
                "closes": "add `closes:` with the closing time, for example `closes: \"17:00\"`",
            ]
            guard
                let entry = YAMLFields(
                    item, name: "these hours", allowed: entryKeys, required: required, source: source, sink: sink)
            else { continue }
            let days = readDays(entry, source: source, sink: sink)
            let opens = readTime(entry, "opens", source: source, sink: sink)
            let closes = readTime(entry, "closes", source: source, sink: sink)
            guard let days, let opens, let closes else { continue }
            if opens.time.minutes == 1440 {
                sink.error(
                    "a service cannot open at 24:00", at: entry.location("opens"), hint: "write \"00:00\" for opening at midnight"
                )
                continue
            }
            if !closes.nextDay && closes.time <= opens.time {
                sink.error(
                    "closes (\(closes.time.text)) is not after opens (\(opens.time.text))",
                    at: source.location(entry.node("closes")?.mark),
                    hint:
                        "if it closes after midnight, write `closes: \"\(closes.time.text)\(nextDay)\"`; for closing at midnight write \"24:00\""
                )
                continue
            }
            if closes.nextDay && closes.time > opens.time {
                sink.error(
                    "these hours are longer than a day: \(opens.time.text) to \(closes.time.text) the next day",
                    at: source.location(entry.node("closes")?.mark),
                    hint: "for a service that never closes, write `hours: always`")
                continue
            }
            let here = source.location(item.mark)
            for day in days {
                let period = OpeningPeriod(day: day, opens: opens.time, closes: closes.time, closesNextDay: closes.nextDay)
                if let other = periods.first(where: { overlap($0.period, period) }),
                    reported.insert([other.location.line, here.line]).inserted
                {
                    sink.error(
                        "these hours overlap on \(day.name) with the hours on line \(other.location.line) (\(other.period.words))",
                        at: here, hint: "give each day times that do not overlap: join them into one, or split the day")
                }
                periods.append((period, here))
            }
        }
        return .weekly(periods.map(\.period).sorted())
    }

    /// Whether two periods share a minute, counting Sunday nights that run into Monday.
    static func overlap(_ a: OpeningPeriod, _ b: OpeningPeriod) -> Bool {
        let week = 7 * 1440
        for shift in [-week, 0, week] where a.startInWeek < b.endInWeek + shift && b.startInWeek + shift < a.endInWeek {
            return true
        }
        return false
    }

    private static func readDays(_ entry: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> [Weekday]? {
        guard let node = entry.node("days") else { return nil }
        let codes = Weekday.allCases.map(\.code)
        func day(_ text: String, _ mark: YAMLMark?) -> Weekday? {
            if let day = Weekday(code: text.trimmingWhitespace) { return day }
            sink.error(
                "unknown day `\(text)`", at: source.location(mark),
                hint: (Weekday(code: String(text.trimmingWhitespace.prefix(3))).map(\.code)
                    ?? Suggestion.closest(to: text.lowercased(), in: codes)).map {
                        "did you mean `\($0)`? Days are written mon, tue, wed, thu, fri, sat, sun"
                    }
                    ?? "days are written mon, tue, wed, thu, fri, sat, sun; a range as mon-fri")
            return nil
        }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingWhitespace
            let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            if ends.count == 2 {
                guard let first = day(ends[0], scalar.mark), let last = day(ends[1], scalar.mark) else { return nil }
                var days = [first]
                var current = first
                while current != last {
                    current = current.next
                    days.append(current)
                }
                return days
            }
            return day(text, scalar.mark).map { [$0] }
        }
        guard let values = entry.strings("days") else { return nil }
        let days = values.map { day($0.0, $0.1) }
        if values.isEmpty {
            sink.error("`days` is empty", at: source.location(node.mark), hint: "list the days, for example `[mon, wed, fri]`")
            return nil
        }
        return days.contains { $0 == nil } ? nil : days.compactMap { $0 }
    }

    private static func readTime(
        _ entry: YAMLFields, _ key: String, source: YAMLSource, sink: DiagnosticSink
    ) -> (time: ClockTime, nextDay: Bool)? {
        guard let text = entry.string(key) else { return nil }
        let isNextDay = key == "closes" && text.lowercased().hasSuffix(nextDay)
        let clock = isNextDay ? String(text.dropLast(nextDay.count)).trimmingWhitespace : text
        guard let time = ClockTime(clock) else {
            let hint =
                key == "opens" && text.lowercased().hasSuffix(nextDay)
                ? "only a closing time can be on the next day" : timeHint
            sink.error("`\(key)` is not a time: `\(text)`", at: source.location(entry.node(key)?.mark), hint: hint)
            return nil
        }
        if isNextDay && time.minutes == 1440 {
            sink.error("`\(text)` is not a time", at: source.location(entry.node(key)?.mark), hint: timeHint)
            return nil
        }
        return (time, isNextDay)
    }
}
