/// Whether a service is running, as Open Referral UK records it.
public enum ServiceStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// Running as usual (the default).
    case active
    /// Closed for now: its page and every list say so at the top.
    case temporarilyClosed = "temporarily-closed"
    /// No longer running: it gets no page and is left out of lists.
    case inactive

    /// The Open Referral (HSDS 3.0) value: `active`, `temporarily closed`, `inactive`.
    public var openReferral: String {
        switch self {
        case .active: "active"
        case .temporarilyClosed: "temporarily closed"
        case .inactive: "inactive"
        }
    }

    /// Reads an Open Referral value; `defunct` counts as inactive.
    public init?(openReferral value: String) {
        switch value.lowercased() {
        case "active": self = .active
        case "temporarily closed", "temporarily-closed": self = .temporarilyClosed
        case "inactive", "defunct": self = .inactive
        default: return nil
        }
    }

    /// Whether the service has a page and is listed.
    public var isPublished: Bool { self != .inactive }
}
