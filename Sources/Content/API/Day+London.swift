extension Day {
    /// The day in the United Kingdom (Europe/London, the trust's time) at `seconds` since 1970 (UTC): Greenwich Mean
    /// Time, or British Summer Time (an hour ahead) from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last
    /// Sunday of October, as the Summer Time Order 2002 sets it (https://www.legislation.gov.uk/uksi/2002/262, which
    /// amends section 1 of the Summer Time Act 1972).
    ///
    /// Worked out here rather than by Foundation's calendar, whose time zones load ICU's data: a millisecond of every
    /// build.
    public static func inLondon(atSecondsSince1970 seconds: Int) -> Day {
        let utc = Day(ordinal: floorDivide(seconds, 86_400))
        let summer =
            (lastSunday(ofMonth: 3, year: utc.year) * 86_400 + 3_600)..<(lastSunday(ofMonth: 10, year: utc.year) * 86_400 + 3_600)
        return Day(ordinal: floorDivide(seconds + (summer.contains(seconds) ? 3_600 : 0), 86_400))
    }

    /// The day `ordinal` days after 1 January 1970 (before it, when negative): `ordinal`'s inverse.
    init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self = Day(year: year, month: month, day: day) ?? .epoch
    }

    /// The `ordinal` of the last Sunday of a month (1 January 1970 was a Thursday).
    private static func lastSunday(ofMonth month: Int, year: Int) -> Int {
        let last = (Day(year: year, month: month, day: daysIn(month: month, year: year)) ?? .epoch).ordinal
        return last - (((last + 4) % 7) + 7) % 7
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
