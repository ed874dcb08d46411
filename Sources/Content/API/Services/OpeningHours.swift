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

    /// The hours in plain words, a sentence a line, in a wording's words:
    /// `["Open Monday to Friday, 9am to 5pm.", "Closed on Saturday and Sunday."]`.
    public func sentences(_ wording: Wording) -> [String] {
        switch self {
        case .notGiven: return []
        case .always: return [wording.alwaysOpen]
        case .weekly:
            var open: [String] = []
            var closed: [String] = []
            for group in groups {
                let days = Self.describe(group.days, wording)
                let isRange = days.range != nil
                if group.periods.isEmpty {
                    let on =
                        group.days.count == 7
                        ? wording.everyDay : isRange ? days.text : Wording.fill(wording.onDays, ["days": days.text])
                    closed.append(Wording.fill(wording.closedOn, ["days": on]))
                } else {
                    let times = wording.list(group.periods.map { $0.words(wording) })
                    let on = group.days.count == 7 ? wording.everyDay : days.text
                    open.append(Wording.fill(wording.openOn, ["days": on, "times": times]))
                }
            }
            return open + closed
        }
    }

    /// A row a day, Monday first: the day's name and its hours in a wording's words (`Closed` when closed).
    public func table(_ wording: Wording) -> [(day: String, hours: String)] {
        Weekday.allCases.map { day in
            switch self {
            case .notGiven: return (day.name(wording), wording.notKnown)
            case .always: return (day.name(wording), wording.openAllDay)
            case .weekly:
                let periods = self.periods(on: day)
                return (day.name(wording), periods.isEmpty ? wording.closed : wording.list(periods.map { $0.words(wording) }))
            }
        }
    }

    /// `Monday to Friday` (a range), `Saturday and Sunday`, `Monday, Wednesday and Friday`.
    static func describe(_ days: [Weekday], _ wording: Wording) -> (text: String, range: (Weekday, Weekday)?) {
        let numbers = days.map(\.rawValue)
        if days.count >= 3, numbers.last.map({ $0 - numbers[0] + 1 }) == days.count, let last = days.last {
            return (Wording.fill(wording.range, ["first": days[0].name(wording), "last": last.name(wording)]), (days[0], last))
        }
        return (wording.list(days.map { $0.name(wording) }), nil)
    }
}
