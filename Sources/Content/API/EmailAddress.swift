/// Email addresses, checked the way a form would: something, `@`, a domain with a dot.
public enum EmailAddress {
    public static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !address.contains { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "," }
    }
}
