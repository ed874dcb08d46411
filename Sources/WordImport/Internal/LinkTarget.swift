/// Where a guide's links may go: web, email and phone addresses.
enum LinkTarget {
    static let schemes = ["http:", "https:", "mailto:", "tel:"]

    /// Whether a link to `target` is kept.
    static func isAllowed(_ target: String) -> Bool {
        let lowered = target.lowercased()
        return schemes.contains { lowered.hasPrefix($0) && lowered.count > $0.count }
    }

    /// The target as a CommonMark link destination: spaces, angle brackets, parentheses and backslashes
    /// percent-encoded, control characters left out.
    static func destination(_ target: String) -> String {
        var written = ""
        for scalar in target.unicodeScalars {
            switch scalar {
            case " ": written += "%20"
            case "(": written += "%28"
            case ")": written += "%29"
            case "<": written += "%3C"
            case ">": written += "%3E"
            case "\\": written += "%5C"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                written.unicodeScalars.append(scalar)
            }
        }
        return written
    }

    /// The words to show for a link that has none: its address without `mailto:` or `tel:`.
    static func words(for target: String) -> String {
        for scheme in ["mailto:", "tel:"] where target.lowercased().hasPrefix(scheme) {
            return String(target.dropFirst(scheme.count))
        }
        return target
    }
}
