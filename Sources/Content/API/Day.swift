/// A calendar date with no time of day, as editors write it: `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`; nil when it is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(valid year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1 January 1970, day 0 of `ordinal`.
    public static let epoch = Day(valid: 1970, 1, 1)

    /// The day, when there is one: a year written in four digits (`iso`), a month of the year, a day of the month.
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.init(valid: year, month, day)
    }

    /// A year on: when a new guide is next reviewed.
    ///
    /// The 28th at most, so that every year has the day.
    public var yearLater: Day {
        Day(year: year + 1, month: month, day: min(day, 28)) ?? self
    }

    /// `2026-10-01`.
    public var iso: String { Day.format(year, 4) + "-" + Day.format(month, 2) + "-" + Day.format(day, 2) }

    /// `1 October 2026`, as the NHS writes dates: in English, for diagnostics.
    public var text: String { text(Wording.english) }

    /// The date in a wording's words (`1 October 2026`), for pages.
    public func text(_ wording: Wording) -> String {
        Wording.fill(
            wording.date, ["day": String(day), "month": wording.monthNames[(month - 1) % 12], "year": String(year)])
    }

    /// Days since 1 January 1970, for differences between dates.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days from this date to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func format(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
