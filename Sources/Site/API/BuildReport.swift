import Diagnostics

/// What a build did: the diagnostics, sorted, and whether the site was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// HTML pages made (or that would have been made).
    public var pageCount: Int
    /// Every file written, when the site was written.
    public var fileCount: Int
    public var written: Bool
    public var seconds: Double

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// A problem that is not in the content: a folder that cannot be read or written.
public struct EnvironmentError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
