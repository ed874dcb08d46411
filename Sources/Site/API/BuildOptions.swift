import Content

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    /// The templates folder, laid over `defaultTemplates` file by file; it need not exist when there are defaults.
    public var templatesDirectory: String
    /// The templates used where the folder has none, by path (`BuiltIn.templates`, from the CLI); none in the tests
    /// of fixture sites, whose templates folder is the whole set.
    public var defaultTemplates: [String: [UInt8]]
    public var outputDirectory: String
    /// Warnings count as errors.
    public var strict: Bool
    /// The date review warnings are measured from.
    public var today: Day
    /// Build one output alone, leaving the rest of the output folder as it is; nil builds them all.
    public var only: SiteOutput?

    public init(
        contentDirectory: String, templatesDirectory: String, outputDirectory: String, strict: Bool = false, today: Day,
        only: SiteOutput? = nil, defaultTemplates: [String: [UInt8]] = [:]
    ) {
        self.defaultTemplates = defaultTemplates
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.today = today
        self.only = only
    }
}
