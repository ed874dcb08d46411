/// One stretch of opening on one day of the week: `Monday 09:00 to 17:00`.
///
/// A period that runs past midnight closes on the next day (`closesNextDay`): a night clinic on
/// Friday from 22:00 to 02:00 is one period of Friday, written `closes: "02:00 next day"`.
public struct OpeningPeriod: Sendable, Hashable, Comparable, Codable {
    public var day: Weekday
    public var opens: ClockTime
    public var closes: ClockTime
    public var closesNextDay: Bool

    public init(day: Weekday, opens: ClockTime, closes: ClockTime, closesNextDay: Bool = false) {
        self.day = day
        self.opens = opens
        self.closes = closes
        self.closesNextDay = closesNextDay
    }

    /// Minutes from the start of Monday (00:00) to the opening.
    public var startInWeek: Int { day.rawValue * 1440 + opens.minutes }
    /// Minutes from the start of Monday to the closing; past the week's end for Sunday nights.
    public var endInWeek: Int { day.rawValue * 1440 + closes.minutes + (closesNextDay ? 1440 : 0) }

    /// `9am to 5pm`, `10pm to 2am the next day`, in English for diagnostics.
    public var words: String { words(Wording.english) }

    /// The period in a wording's words, for pages.
    public func words(_ wording: Wording) -> String {
        let times = Wording.fill(wording.range, ["first": opens.words(wording), "last": closes.words(wording)])
        return closesNextDay ? Wording.fill(wording.nextDay, ["times": times]) : times
    }

    /// The times alone, for comparing days: equal when two days open the same hours.
    var times: [Int] { [opens.minutes, closes.minutes, closesNextDay ? 1 : 0] }

    public static func < (lhs: OpeningPeriod, rhs: OpeningPeriod) -> Bool {
        (lhs.day.rawValue, lhs.opens.minutes, lhs.closes.minutes) < (rhs.day.rawValue, rhs.opens.minutes, rhs.closes.minutes)
    }
}
