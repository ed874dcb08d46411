/// A time of day on the 24-hour clock, in the trust's local time (Europe/London).
///
/// `24:00` is allowed, as the end of a day: "open until midnight".
public struct ClockTime: Sendable, Hashable, Comparable, Codable {
    /// Minutes since midnight, 0 to 1440.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// A time already known to be in range.
    init(valid minutes: Int) {
        self.minutes = min(max(minutes, 0), 1440)
    }

    /// Reads `HH:MM` (`09:00`, `17:30`, `24:00`); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]),
            hours < 24 && minutes < 60 || hours == 24 && minutes == 0
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `09:00`, as editors write it and Open Referral and schema.org expect it.
    public var text: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// How the NHS writes a time, in English for diagnostics: `9am`, `5:30pm`, `midday`, `midnight`.
    public var words: String { words(Wording.english) }

    /// The time in a wording's words, for pages.
    public func words(_ wording: Wording) -> String {
        if minutes == 0 || minutes == 1440 { return wording.midnight }
        if minutes == 720 { return wording.midday }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let time = String(twelve) + (minute == 0 ? "" : ":" + (minute < 10 ? "0" : "") + String(minute))
        return Wording.fill(hour < 12 ? wording.morning : wording.afternoon, ["time": time])
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
