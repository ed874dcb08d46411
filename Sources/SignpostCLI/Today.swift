import Content
import Foundation

/// Today's date in the trust's time zone; `SIGNPOST_TODAY=YYYY-MM-DD` fixes it for tests.
enum Today {
    static func date() -> Day {
        if let fixed = ProcessInfo.processInfo.environment["SIGNPOST_TODAY"], let day = Day(iso: fixed) { return day }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .epoch
    }
}
