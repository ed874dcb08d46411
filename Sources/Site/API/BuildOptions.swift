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
    /// Build these outputs alone, leaving the rest of the output folder as it is; empty builds them all.
    public var only: Set<SiteOutput>
    /// Whether a build of every output keeps a build cache beside the output folder, and uses the one there.
    public var cache: CacheUse = .none
    /// Whether the process ends once the build is reported (`signpost build`): what the build held is then left for the
    /// process's end to reclaim at once, not freed an allocation at a time as the build returns (`HeldUntilExit`).
    public var endsProcess = false

    /// How a build uses the build cache (`.<output>.cache` beside the output folder).
    public enum CacheUse: Sendable {
        /// None is read or written (the library's default: the fixture sites' tests).
        case none
        /// Every file is made, and the cache written for the next build (`signpost build --no-cache`).
        case fromNothing
        /// Only what changed since the last build is made (`signpost build`).
        case reuse
    }

    public init(
        contentDirectory: String, templatesDirectory: String, outputDirectory: String, strict: Bool = false, today: Day,
        only: Set<SiteOutput> = [], defaultTemplates: [String: [UInt8]] = [:]
    ) {
        self.defaultTemplates = defaultTemplates
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.strict = strict
        self.today = today
        self.only = only
    }

    /// The outputs a build makes.
    public var outputs: Set<SiteOutput> { only.isEmpty ? Set(SiteOutput.allCases) : only }
}
