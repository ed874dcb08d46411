/// A problem that is not in the content, told in the one form users see.
///
/// A folder that cannot be read or written, another build at work, a tool that is missing: commands stop with it
/// (exit status 2).
public struct EnvironmentError: Error, CustomStringConvertible, Sendable {
    public let diagnostic: Diagnostic

    /// - Parameters:
    ///   - path: the folder or file it concerns, as the user named it.
    ///   - hint: what to do about it.
    public init(_ message: String, at path: String, hint: String) {
        diagnostic = .error(message, at: SourceLocation(path: path), hint: hint)
    }

    /// The diagnostic's compiler form.
    public var description: String { diagnostic.formatted }
}
