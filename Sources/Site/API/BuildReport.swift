import Diagnostics

/// What a build did: the diagnostics, sorted, and whether the site was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// HTML pages made (or that would have been made).
    public var pageCount: Int
    /// Every file written, when the site was written.
    public var fileCount: Int
    public var written: Bool
    /// The site was already what this build makes (the build cache found nothing changed), so nothing was written.
    public var unchanged = false
    /// How many pages were taken from the build cache as the last build loaded them, their files kept: pages whose
    /// files did not change, in a build whose templates and settings did not.
    public var keptPages = 0
    /// How many service records were taken from the build cache as the last build read them: those whose files did not
    /// change, whatever else did.
    public var keptServices = 0
    public var seconds: Double

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
