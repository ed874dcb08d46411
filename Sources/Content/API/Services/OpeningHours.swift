/// When a service is open, week by week, in the trust's local time (Europe/London).
public enum OpeningHours: Sendable, Hashable {
    /// The record gives no hours (`hours_note` may say more).
    case notGiven
    /// Open 24 hours a day, every day: `hours: always`.
    case always
    /// Open in these periods each week, sorted by day and opening time.
    case weekly([OpeningPeriod])

    /// The periods of one day, in order (empty when closed all day, or for `always`).
    public func periods(on day: Weekday) -> [OpeningPeriod] {
        guard case .weekly(let periods) = self else { return [] }
        return periods.filter { $0.day == day }
    }

    /// Days with the same hours, together and in week order, with the hours they share:
    /// the groups the plain words and Open Referral's schedules are made from.
    public var groups: [(days: [Weekday], periods: [OpeningPeriod])] {
        guard case .weekly = self else { return [] }
        var groups: [(days: [Weekday], periods: [OpeningPeriod])] = []
        for day in Weekday.allCases {
            let periods = self.periods(on: day)
            if let index = groups.firstIndex(where: { $0.periods.map(\.times) == periods.map(\.times) }) {
                groups[index].days.append(day)
            } else {
                groups.append((days: [day], periods: periods))
            }
        }
        return groups
    }

    /// The hours in plain words, a sentence a line:
    /// `["Open Monday to Friday, 9am to 5pm.", "Closed on Saturday and Sunday."]`.
    public var sentences: [String] {
        switch self {
        case .notGiven: return []
        case .always: return ["Open 24 hours a day, every day."]
        case .weekly:
            var open: [String] = []
            var closed: [String] = []
            for group in groups {
                let days = Self.describe(group.days)
                if group.periods.isEmpty {
                    let on = group.days.count == 7 ? "every day" : days.contains(" to ") ? days : "on " + days
                    closed.append("Closed " + on + ".")
                } else {
                    let times = Self.list(group.periods.map(\.words))
                    open.append("Open " + (group.days.count == 7 ? "every day" : days) + ", " + times + ".")
                }
            }
            return open + closed
        }
    }

    /// A row a day, Monday first: the day's name and its hours in words (`Closed` when closed).
    public var table: [(day: Weekday, hours: String)] {
        Weekday.allCases.map { day in
            switch self {
            case .notGiven: return (day, "Not known")
            case .always: return (day, "Open 24 hours")
            case .weekly:
                let periods = self.periods(on: day)
                return (day, periods.isEmpty ? "Closed" : Self.list(periods.map(\.words)))
            }
        }
    }

    /// `Monday to Friday`, `Saturday and Sunday`, `Monday, Wednesday and Friday`.
    static func describe(_ days: [Weekday]) -> String {
        let numbers = days.map(\.rawValue)
        if days.count >= 3, numbers.last.map({ $0 - numbers[0] + 1 }) == days.count {
            return days[0].name + " to " + (days.last ?? days[0]).name
        }
        return list(days.map(\.name))
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
