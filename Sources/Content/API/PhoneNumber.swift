import Utilities

/// UK phone numbers as editors write them, and as links dial them.
public enum PhoneNumber {
    /// The digits alone.
    public static func digits(_ number: String) -> String {
        String(number.filter(\.isASCIIDigitCharacter))
    }

    /// A UK number: 10 or 11 digits starting with 0, or +44 and the rest; spaces allowed.
    public static func isUKNumber(_ number: String) -> Bool {
        guard number.allSatisfy({ $0.isASCIIDigitCharacter || $0 == " " || $0 == "+" }) else { return false }
        let digits = digits(number)
        if number.hasPrefix("+44") { return (11...12).contains(digits.count) && !digits.dropFirst(2).hasPrefix("0") }
        return digits.hasPrefix("0") && (10...11).contains(digits.count)
    }

    /// A Relay UK number: 18001 (text relay) or 18002, then a UK number.
    public static func isRelayNumber(_ number: String) -> Bool {
        let trimmed = number.drop { $0 == " " }
        guard trimmed.hasPrefix("18001") || trimmed.hasPrefix("18002") else { return false }
        return isUKNumber(String(trimmed.dropFirst(5)).trimmingWhitespace)
    }

    /// `tel:+442079460000`: a link that dials the number from anywhere.
    public static func telURL(_ number: String) -> String {
        "tel:" + international(number)
    }

    /// `sms:+447700900000`.
    public static func smsURL(_ number: String) -> String {
        "sms:" + international(number)
    }

    private static func international(_ number: String) -> String {
        let digits = digits(number)
        if number.hasPrefix("+") { return "+" + digits }
        if digits.hasPrefix("18001") || digits.hasPrefix("18002") { return digits }
        return digits.hasPrefix("0") ? "+44" + digits.dropFirst() : digits
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
