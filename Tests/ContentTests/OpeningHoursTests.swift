import Content
import Foundation
import Testing

/// Opening hours: reading, plain words, and the status at instants across a week, the change between GMT and BST, and a
/// service open past midnight.
///
/// The browser test of `open-now.js` expects the same words.
@Suite struct OpeningHoursTests {
    static func hours(_ yaml: String) -> (OpeningHours, [String]) {
        let record = "name: A\nsummary: B\ncategory: C\n" + yaml
        let (service, problems) = ContentLoader.readServiceRecord(record, path: "services/a.yaml", display: "a.yaml")
        return (service.hours, problems.map(\.formatted))
    }

    static let office = hours(
        """
        hours:
          - days: mon-fri
            opens: "09:00"
            closes: "17:00"
        """
    ).0

    static let lateNight = hours(
        """
        hours:
          - days: mon-thu
            opens: "18:00"
            closes: "24:00"
          - days: fri-sat
            opens: "18:00"
            closes: "02:00 next day"
          - days: sun
            opens: "13:00"
            closes: "24:00"
        """
    ).0

    static func instant(_ utc: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: utc + ":00Z") ?? Date(timeIntervalSince1970: 0)
    }

    static let cases: [(String, OpeningHours, String, String)] = [
        ("office", office, "2026-11-23T10:00", "Open now, closes at 5pm"),
        ("office", office, "2026-11-24T07:00", "Closed now, opens at 9am today"),
        ("office", office, "2026-11-25T17:00", "Closed now, opens at 9am tomorrow"),
        ("office", office, "2026-11-26T16:59", "Open now, closes at 5pm"),
        ("office", office, "2026-11-27T18:00", "Closed now, opens at 9am on Monday"),
        ("office", office, "2026-11-28T12:00", "Closed now, opens at 9am on Monday"),
        ("office", office, "2026-11-29T23:59", "Closed now, opens at 9am tomorrow"),
        ("office in BST", office, "2026-06-01T08:30", "Open now, closes at 5pm"),
        ("office in BST", office, "2026-06-01T16:30", "Closed now, opens at 9am tomorrow"),
        ("late", lateNight, "2026-11-27T20:00", "Open now, closes at 2am tomorrow"),
        ("late", lateNight, "2026-11-28T01:00", "Open now, closes at 2am"),
        ("late", lateNight, "2026-11-24T19:00", "Open now, closes at midnight"),
        ("late", lateNight, "2026-11-29T03:00", "Closed now, opens at 1pm today"),
        ("late", lateNight, "2026-11-29T23:30", "Open now, closes at midnight"),
        ("late", lateNight, "2026-11-30T00:30", "Closed now, opens at 6pm today"),
        ("clocks forward", lateNight, "2026-03-29T12:30", "Open now, closes at midnight"),
        ("clocks forward", lateNight, "2026-03-29T11:30", "Closed now, opens at 1pm today"),
        ("clocks back", lateNight, "2026-10-25T00:30", "Open now, closes at 2am"),
        ("clocks back", lateNight, "2026-10-25T01:30", "Open now, closes at 2am"),
        ("clocks back", lateNight, "2026-10-25T02:30", "Closed now, opens at 1pm today"),
        ("always", .always, "2026-11-25T03:00", "Open now, 24 hours a day"),
        ("not given", .notGiven, "2026-11-25T03:00", ""),
    ]

    @Test(arguments: cases)
    func statusAtAnInstant(name: String, hours: OpeningHours, utc: String, expected: String) {
        #expect(OpenStatus(hours, at: Self.instant(utc)).text == expected, "\(name) at \(utc)")
    }

    @Test func everyHourOfAWeekAgreesWithTheTable() {
        // Walk a week in GMT hour by hour: open exactly when the day's row says so.
        let start = Self.instant("2026-11-23T00:00")
        for hour in 0..<(7 * 24) {
            let status = OpenStatus(Self.office, at: start.addingTimeInterval(Double(hour) * 3600))
            let weekday = hour / 24
            let isOpen = weekday < 5 && (9..<17).contains(hour % 24)
            if case .open = status { #expect(isOpen, "hour \(hour)") } else { #expect(!isOpen, "hour \(hour)") }
        }
    }

    @Test func londonWallTimeFollowsGMTAndBST() {
        #expect(LondonClock.wallTime(of: Self.instant("2026-03-29T00:59")) == (.sunday, 59))
        #expect(LondonClock.wallTime(of: Self.instant("2026-03-29T01:00")) == (.sunday, 120))
        #expect(LondonClock.wallTime(of: Self.instant("2026-10-25T00:30")) == (.sunday, 90))
        #expect(LondonClock.wallTime(of: Self.instant("2026-10-25T01:30")) == (.sunday, 90))
    }

    @Test func plainWords() {
        #expect(Self.office.sentences(.english) == ["Open Monday to Friday, 9am to 5pm.", "Closed on Saturday and Sunday."])
        #expect(
            Self.lateNight.sentences(.english) == [
                "Open Monday to Thursday, 6pm to midnight.", "Open Friday and Saturday, 6pm to 2am the next day.",
                "Open Sunday, 1pm to midnight.",
            ])
        #expect(OpeningHours.always.sentences(.english) == ["Open 24 hours a day, every day."])
        let split = Self.hours(
            """
            hours:
              - days: [mon, wed, fri]
                opens: "08:30"
                closes: "12:00"
              - days: [mon, wed, fri]
                opens: "13:15"
                closes: "17:45"
            """
        ).0
        #expect(
            split.sentences(.english) == [
                "Open Monday, Wednesday and Friday, 8:30am to midday and 1:15pm to 5:45pm.",
                "Closed on Tuesday, Thursday, Saturday and Sunday.",
            ])
        #expect(split.table(.english).map(\.hours)[0] == "8:30am to midday and 1:15pm to 5:45pm")
        #expect(split.table(.english).map(\.hours)[1] == "Closed")
    }

    @Test(arguments: [
        ("09:00", 540), ("00:00", 0), ("24:00", 1440), ("23:59", 1439),
    ])
    func clockTimes(text: String, minutes: Int) {
        #expect(ClockTime(text)?.minutes == minutes)
    }

    @Test(arguments: ["9:00", "24:01", "12:60", "noon", "09.00", "", "09:00:00", "+9:00"])
    func notClockTimes(text: String) {
        #expect(ClockTime(text) == nil)
    }

    @Test(arguments: [
        ("020 7946 0000", "020 7946 0000"), ("02079460000", "020 7946 0000"), ("+44 20 7946 0000", "020 7946 0000"),
        ("01134960000", "0113 496 0000"), ("07700900000", "07700 900000"), ("0800 1234567", "0800 123 4567"),
        ("0121 496 0000", "0121 496 0000"), ("01632 960000", "01632 960000"),
    ])
    func phoneNumbersAreGrouped(written: String, shown: String) {
        #expect(PhoneNumber.grouped(written) == shown)
    }

    @Test func languagesHaveTheirOwnNames() {
        #expect(Language(code: "pl")?.label == "Polish (polski)")
        #expect(Language(code: "ur")?.isRightToLeft == true)
        #expect(Language(code: "en")?.label == "English")
        #expect(Language(code: "xx") == nil)
        #expect(Language.code(forEnglishName: "somali") == "so")
    }

    @Test func aRangeOfDaysCanWrapRoundTheWeekend() {
        let (hours, problems) = Self.hours("hours:\n  - days: sat-mon\n    opens: \"10:00\"\n    closes: \"12:00\"\n")
        #expect(problems.isEmpty)
        #expect(hours.table(.english).filter { $0.hours != "Closed" }.map(\.day) == ["Monday", "Saturday", "Sunday"])
    }

    @Test func sundayNightRunsIntoMondayMorning() {
        let (hours, problems) = Self.hours(
            """
            hours:
              - days: sun
                opens: "22:00"
                closes: "06:00 next day"
              - days: mon
                opens: "05:00"
                closes: "09:00"
            """)
        #expect(hours != .notGiven)
        #expect(problems.count == 1)
        #expect(
            problems.first?.contains("overlap on Monday with the hours on line 5 (10pm to 6am the next day)") == true,
            "\(problems)")
    }
}
