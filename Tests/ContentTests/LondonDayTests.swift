import Content
import Foundation
import Testing

/// The trust's date (`Day.inLondon`): Greenwich Mean Time in winter, British Summer Time (an hour ahead) from 01:00 GMT
/// on the last Sunday of March to 01:00 GMT on the last Sunday of October.
@Suite struct LondonDayTests {
    /// Moments as ISO 8601 in UTC, and the date in London then.
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", "1970-01-01"),
        ("2026-12-31T23:30:00Z", "2026-12-31"),  // winter: London is on UTC
        ("2026-06-30T23:30:00Z", "2026-07-01"),  // summer: an hour ahead
        ("2026-03-28T23:30:00Z", "2026-03-28"),  // the night before summer time starts
        ("2026-03-29T00:59:59Z", "2026-03-29"),
        ("2026-10-24T23:30:00Z", "2026-10-25"),  // the last night of summer time
        ("2026-10-25T00:59:59Z", "2026-10-25"),
        ("2026-10-25T23:30:00Z", "2026-10-25"),  // winter again
        ("2024-02-29T23:59:59Z", "2024-02-29"),  // a leap day
        ("2000-02-29T12:00:00Z", "2000-02-29"),
        ("1969-12-31T23:59:59Z", "1969-12-31"),  // before 1970
        ("2099-08-31T23:00:00Z", "2099-09-01"),
    ])
    func aMomentFallsOnTheDayLondonSays(moment: String, day: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: moment))
        #expect(Day.inLondon(atSecondsSince1970: Int(date.timeIntervalSince1970)).iso == day)
    }

    /// Every half hour of the days summer time starts and ends, and 23:30 and 00:30 UTC of every day, from 2000 to 2040:
    /// the same day as Foundation's calendar in Europe/London gives.
    @Test func everyMomentAgreesWithFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/London"))
        let start = try #require(ISO8601DateFormatter().date(from: "2000-01-01T00:00:00Z")).timeIntervalSince1970
        let end = try #require(ISO8601DateFormatter().date(from: "2041-01-01T00:00:00Z")).timeIntervalSince1970
        var disagreements: [String] = []
        for midnight in stride(from: Int(start), to: Int(end), by: 86_400) {
            let parts = calendar.dateComponents([.weekday, .month, .day], from: Date(timeIntervalSince1970: Double(midnight)))
            // The last Sunday of March or October (weekday 1 is Sunday): every half hour; other days around midnight.
            let changing = parts.weekday == 1 && (parts.month == 3 || parts.month == 10) && (parts.day ?? 0) > 24
            let moments =
                changing ? Array(stride(from: midnight, to: midnight + 86_400, by: 1_800)) : [midnight - 1_800, midnight + 1_800]
            for moment in moments {
                let theirs = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(moment)))
                let ours = Day.inLondon(atSecondsSince1970: moment)
                if (ours.year, ours.month, ours.day) != (theirs.year, theirs.month, theirs.day) {
                    disagreements.append("\(moment): \(ours.iso)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
