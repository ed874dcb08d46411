/// A day of the week, Monday first, as the trust's week runs.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The three-letter code editors write.
    ///
    /// `mon` ... `sun`.
    public var code: String { ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue] }

    /// `Monday`.
    public var name: String { name(Wording.english) }

    /// The day's name in a wording's words, for pages.
    public func name(_ wording: Wording) -> String {
        wording.dayNames[rawValue % 7]
    }

    /// The RFC 5545 code used by Open Referral schedules.
    ///
    /// `MO` ... `SU`.
    public var icalCode: String { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue] }

    /// `https://schema.org/Monday`.
    public var schemaOrgURL: String { "https://schema.org/" + name }

    /// The day after this one (Sunday is followed by Monday).
    public var next: Weekday { Weekday(rawValue: (rawValue + 1) % 7) ?? .monday }

    /// Reads `mon`, or any case of it; nil for anything else.
    public init?(code: String) {
        guard let day = Weekday.allCases.first(where: { $0.code == code.lowercased() }) else { return nil }
        self = day
    }

    /// Reads `MO` (RFC 5545).
    public init?(icalCode: String) {
        guard let day = Weekday.allCases.first(where: { $0.icalCode == icalCode.uppercased() }) else { return nil }
        self = day
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
