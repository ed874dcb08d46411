import Content

/// HSDS weekly schedules into Signpost's opening hours.
enum ScheduleConversion {
    /// The hours, the first schedule's notes as the hours note, and what could not be read.
    static func hours(_ schedules: [HSDSSchedule]) -> (OpeningHours, String?, [String]) {
        var notes: [String] = []
        let note = schedules.compactMap(\.notes).first
        var periods: [OpeningPeriod] = []
        for schedule in schedules where schedule.opens_at != nil || schedule.closes_at != nil || schedule.byday != nil {
            guard (schedule.freq ?? "WEEKLY").uppercased() == "WEEKLY" else {
                notes.append("schedule `\(schedule.id)` is not weekly (\(schedule.freq ?? "")): left out, add it to `hours_note`")
                continue
            }
            guard let opens = time(schedule.opens_at), let closes = time(schedule.closes_at) else {
                notes.append("schedule `\(schedule.id)` has no opening or closing time: left out")
                continue
            }
            let days = (schedule.byday ?? "").split(separator: ",").compactMap {
                Weekday(icalCode: $0.trimmingCharacters(in: .whitespaces))
            }
            if days.isEmpty { notes.append("schedule `\(schedule.id)` names no days: left out") }
            for day in days {
                // Closing at or before opening means the next day; closing at 00:00 is midnight, the end of the day.
                if closes.minutes == 0 {
                    periods.append(OpeningPeriod(day: day, opens: opens, closes: ClockTime(minutes: 1440) ?? closes))
                } else {
                    periods.append(OpeningPeriod(day: day, opens: opens, closes: closes, closesNextDay: closes <= opens))
                }
            }
        }
        let everyDay = Weekday.allCases.allSatisfy { day in
            periods.contains { $0.day == day && $0.opens.minutes == 0 && $0.closes.minutes >= 1439 && !$0.closesNextDay }
        }
        if everyDay { return (.always, note, notes) }
        return (periods.isEmpty ? .notGiven : .weekly(periods.sorted()), note, notes)
    }

    /// `09:00`, `09:00:00`, `09:00Z` or `09:00+01:00` as a local time (the offset is dropped: hours are Europe/London).
    static func time(_ text: String?) -> ClockTime? {
        guard let text, text.count >= 5 else { return nil }
        return ClockTime(String(text.prefix(5)))
    }
}
