/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable, Codable {
    /// The build goes on and the site is written; `--strict` makes it an error.
    case warning
    /// The build stops before anything is written.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}
