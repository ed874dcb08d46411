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

    /// The compiler form.
    ///
    /// `path:line:col: severity: message`, then `  hint: ...` on its own line. Control characters and direction
    /// overrides from the content (a line break in an email address, U+202E) are shown escaped, as `\u{202E}`, so a
    /// diagnostic is always the lines it seems to be.
    public var formatted: String {
        var text = "\(Self.shown(location.description)): \(severity.rawValue): \(Self.shown(message))"
        if let hint { text += "\n  hint: \(Self.shown(hint))" }
        return text
    }

    /// `text` with every control character and direction control written as `\u{...}`.
    static func shown(_ text: String) -> String {
        // Printable ASCII alone, byte by byte (most messages): no character of it is hidden.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }), text.unicodeScalars.contains(where: isHidden) else {
            return text
        }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isHidden(scalar) {
                shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, then line, then column, so output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location.path, lhs.location.line, lhs.location.column, lhs.message)
            < (rhs.location.path, rhs.location.line, rhs.location.column, rhs.message)
    }
}
