/// A problem found in the content, told the way a compiler tells it.
///
/// This is the one type a user sees:
///
///     Content/guides/complaints.md:14:3: error: image has no alt text
///       hint: describe the picture inside the square brackets
public struct Diagnostic: Sendable, Hashable, Codable {
    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// How to put it right, in words an editor can act on.
    public var hint: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, hint: String? = nil) {
        self.location = location
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    public static func error(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    /// The compiler form: `path:line:col: severity: message`, then `  hint: ...` on its own line.
    public var formatted: String {
        var text = "\(location.description): \(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, then line, then column, so output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location.path, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.location.path, rhs.location.line, rhs.location.column, rhs.message)
    }
}
