import Foundation

@testable import Content

/// Whether a service is open at a moment, and when that changes: what the page's script shows live.
///
/// The same rules are written in `Templates/assets/open-now.js`; both work in Europe/London wall-clock time.
enum OpenStatus: Sendable, Hashable {
    /// Open 24 hours a day.
    case alwaysOpen
    /// Open now; closes at `time`, `daysAhead` days from now (0 today, 1 tomorrow).
    case open(closes: ClockTime, daysAhead: Int)
    /// Closed now; opens at `time` on `day`, `daysAhead` days from now.
    case closed(opens: ClockTime, day: Weekday, daysAhead: Int)
    /// The hours are not known, or it never opens.
    case unknown

    /// The status at a wall-clock moment of the week.
    init(_ hours: OpeningHours, day: Weekday, minute: Int) {
        switch hours {
        case .notGiven:
            self = .unknown
        case .always:
            self = .alwaysOpen
        case .weekly(let periods):
            self = OpenStatus.weekly(periods, now: day.rawValue * 1440 + minute)
        }
    }

    /// The status at an instant, read on the clock in Europe/London (so it follows GMT and BST).
    init(_ hours: OpeningHours, at instant: Date) {
        let (day, minute) = LondonClock.wallTime(of: instant)
        self.init(hours, day: day, minute: minute)
    }

    private static let week = 7 * 1440

    private static func weekly(_ periods: [OpeningPeriod], now: Int) -> OpenStatus {
        // Periods as [start, end) in minutes of the week, also a week later so Sunday nights reach Monday.
        let spans = periods.flatMap { [($0.startInWeek, $0.endInWeek), ($0.startInWeek + week, $0.endInWeek + week)] }
            .sorted { $0.0 < $1.0 }
        guard !spans.isEmpty else { return .unknown }
        for time in [now, now + week] {
            guard let open = spans.first(where: { $0.0 <= time && time < $0.1 }) else { continue }
            var end = open.1
            // Periods that meet (a day ending at 24:00, the next starting at 00:00) are one stretch of opening.
            while let next = spans.first(where: { $0.0 <= end && $0.1 > end }) {
                end = next.1
                if end - time >= week { return .alwaysOpen }
            }
            let atMidnight = end % 1440 == 0
            let closes = ClockTime(valid: atMidnight ? 1440 : end % 1440)
            return .open(closes: closes, daysAhead: (atMidnight ? end / 1440 - 1 : end / 1440) - time / 1440)
        }
        let start = (spans.first { $0.0 > now } ?? spans[0]).0
        return .closed(
            opens: ClockTime(valid: start % 1440), day: Weekday(rawValue: (start / 1440) % 7) ?? .monday,
            daysAhead: start / 1440 - now / 1440)
    }

    /// What the page shows: `Open now, closes at 5pm`, `Closed now, opens at 9am tomorrow`.
    var text: String {
        switch self {
        case .alwaysOpen: return "Open now, 24 hours a day"
        case .open(let closes, let daysAhead):
            return "Open now, closes at " + closes.words + OpenStatus.when(daysAhead, day: nil)
        case .closed(let opens, let day, let daysAhead):
            return "Closed now, opens at " + opens.words + OpenStatus.when(daysAhead, day: day)
        case .unknown: return ""
        }
    }

    private static func when(_ daysAhead: Int, day: Weekday?) -> String {
        switch daysAhead {
        case 0: return day == nil ? "" : " today"
        case 1: return " tomorrow"
        default: return day.map { " on " + $0.name } ?? ""
        }
    }
}

/// The wall clock in Europe/London, where every service's hours are written.
enum LondonClock {
    /// The weekday and minute of the day in London at an instant (GMT in winter, BST in summer).
    static func wallTime(of instant: Date) -> (day: Weekday, minute: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: instant)
        // Calendar counts Sunday as 1.
        let day = Weekday(rawValue: ((parts.weekday ?? 2) + 5) % 7) ?? .monday
        return (day, (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
