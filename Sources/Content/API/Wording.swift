import Utilities

/// The words dates and opening hours are written with.
///
/// Pages and exports get theirs from the templates' strings file (`Strings.wording` in Render), so a designer or a
/// translation changes them there; `english` is for what Signpost tells editors (diagnostics) and for tests.
public struct Wording: Sendable, Hashable {
    /// Monday first.
    public var dayNames: [String]
    /// January first.
    public var monthNames: [String]
    /// `{day} {month} {year}`.
    public var date: String
    /// What an open day says: `Open {days}, {times}.`.
    public var openOn: String
    /// What a closed day says: `Closed {days}.`.
    public var closedOn: String
    /// `on {day}` (closed on one day or a list of days, not a range).
    public var onDays: String
    public var everyDay: String
    public var alwaysOpen: String
    /// A day in the table of hours.
    public var openAllDay: String
    public var closed: String
    public var notKnown: String
    /// `{first} to {last}` (days, or times).
    public var range: String
    /// `{list} and {last}`.
    public var listEnd: String
    /// Between the items of `{list}` but the last: `, ` (Arabic and Urdu write `، `).
    public var listSeparator = ", "
    /// `{times} the next day`.
    public var nextDay: String
    public var midnight: String
    public var midday: String
    /// `{hour}am`, `{hour}pm` (the hour with its minutes, `5:30`).
    public var morning: String
    public var afternoon: String

    public init(
        dayNames: [String], monthNames: [String], date: String, openOn: String, closedOn: String, onDays: String,
        everyDay: String, alwaysOpen: String, openAllDay: String, closed: String, notKnown: String, range: String,
        listEnd: String, nextDay: String, midnight: String, midday: String, morning: String, afternoon: String
    ) {
        self.dayNames = dayNames
        self.monthNames = monthNames
        self.date = date
        self.openOn = openOn
        self.closedOn = closedOn
        self.onDays = onDays
        self.everyDay = everyDay
        self.alwaysOpen = alwaysOpen
        self.openAllDay = openAllDay
        self.closed = closed
        self.notKnown = notKnown
        self.range = range
        self.listEnd = listEnd
        self.nextDay = nextDay
        self.midnight = midnight
        self.midday = midday
        self.morning = morning
        self.afternoon = afternoon
    }

    /// The English words, as the NHS writes dates and times: for diagnostics, which editors read, and for tests.
    public static let english = Wording(
        dayNames: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        monthNames: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December",
        ],
        date: "{day} {month} {year}", openOn: "Open {days}, {times}.", closedOn: "Closed {days}.", onDays: "on {days}",
        everyDay: "every day", alwaysOpen: "Open 24 hours a day, every day.", openAllDay: "Open 24 hours", closed: "Closed",
        notKnown: "Not known", range: "{first} to {last}", listEnd: "{list} and {last}", nextDay: "{times} the next day",
        midnight: "midnight", midday: "midday", morning: "{time}am", afternoon: "{time}pm")

    /// `text` with each `{name}` filled in.
    static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        Placeholders.fill(text, values)
    }

    /// `a`, `a and b`, `a, b and c`.
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1
            ? last : Self.fill(listEnd, ["list": items.dropLast().joined(separator: listSeparator), "last": last])
    }
}
