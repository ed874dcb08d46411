/// The other formats a guide can exist in (Accessible Information Standard).
public enum Format: String, Sendable, CaseIterable, Comparable {
    case easyRead = "easy-read"
    case largePrint = "large-print"
    case braille
    case audio
    case bsl

    /// The name a reader sees.
    public var name: String {
        switch self {
        case .easyRead: "Easy read"
        case .largePrint: "Large print"
        case .braille: "Braille"
        case .audio: "Audio"
        case .bsl: "British Sign Language (BSL) video"
        }
    }

    public static func < (lhs: Format, rhs: Format) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
