import Content

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    public var templatesDirectory: String
    public var outputDirectory: String
    /// Warnings count as errors.
    public var strict: Bool
    /// The date review warnings are measured from.
    public var today: Day
    /// Build one output alone, leaving the rest of the output folder as it is; nil builds them all.
    public var only: SiteOutput?

    public init(
        contentDirectory: String, templatesDirectory: String, outputDirectory: String, strict: Bool = false, today: Day,
        only: SiteOutput? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.today = today
        self.only = only
    }
}
