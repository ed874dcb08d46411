import Diagnostics
import Markdown

/// One service of the directory, from `Content/services/<id>.yaml`.
///
/// The reader (`ContentLoader`) checks every field and reports problems as diagnostics; a `Service`
/// holds only what was valid. `ServiceYAML.write` turns one back into a record.
public struct Service: Sendable {
    /// The file name without `.yaml`: lower-case letters, digits and hyphens.
    public var id: String
    /// `services/pals.yaml`, under the content folder.
    public var sourcePath: String
    /// `Content/services/pals.yaml`, for messages.
    public var displayPath: String
    public var name: String
    /// One sentence: what the service is for.
    public var summary: String
    /// The group it is listed under in the directory.
    public var category: String
    public var status: ServiceStatus
    /// The Markdown description, rendered like a guide's body.
    public var description: ServiceDescription?
    public var location: ServiceLocation?
    /// A UK phone number as written.
    public var phone: String?
    public var email: String?
    /// A mobile number for text messages.
    public var text: String?
    /// An https:// address.
    public var website: String?
    public var hours: OpeningHours
    /// Anything the hours cannot say: "Closed on bank holidays".
    public var hoursNote: String?
    /// Short phrases: "Step-free access", "Hearing loop".
    public var accessibility: [String]
    public var languages: [Language]
    /// Related guides, by source path (`guides/concerns/making-a-complaint.md`), in the order written.
    public var guides: [String]
    /// When the record was last checked.
    public var assuredDate: Day?
    /// The service's Open Referral UK id, when it came with one (`uuid:`, from an import); otherwise its export makes one
    /// from the site's address and `id`.
    public var uuid: String?
    /// Where keys are written in the file, for later checks (`assured_date`, `guides` items, the first line).
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, sourcePath: String, displayPath: String, name: String = "", summary: String = "", category: String = ""
    ) {
        self.id = id
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.name = name
        self.summary = summary
        self.category = category
        self.status = .active
        self.description = nil
        self.location = nil
        self.hours = .notGiven
        self.accessibility = []
        self.languages = []
        self.guides = []
        self.keyLocations = [:]
    }

    /// The page's path on the site, without the base path: `services/pals/`.
    public var urlPath: String { SitePaths.servicePath(id) }

    /// The place of a key in the file, or the file's first line.
    public func sourceLocation(of key: String) -> SourceLocation {
        keyLocations[key] ?? SourceLocation(path: displayPath, line: 1, column: 1)
    }
}

/// Where a service is: which hospital site, building and floor, and how to get there.
public struct ServiceLocation: Sendable, Hashable {
    public var site: String?
    public var building: String?
    public var floor: String?
    public var directions: String?
    /// The UK postcode, written the standard way (`Postcode.normalised`).
    public var postcode: String?

    public init(
        site: String? = nil, building: String? = nil, floor: String? = nil, directions: String? = nil,
        postcode: String? = nil
    ) {
        self.site = site
        self.building = building
        self.floor = floor
        self.directions = directions
        self.postcode = postcode
    }

    /// `Ground floor, Main Building, Main site, ZZ1 4XH`: the parts that are set.
    public var oneLine: String {
        [floor, building, site.map { $0.hasSuffix("site") || $0.hasSuffix("Site") ? $0 : $0 + " site" }, postcode]
            .compactMap { $0 }.joined(separator: ", ")
    }

    public var isEmpty: Bool { site == nil && building == nil && floor == nil && directions == nil && postcode == nil }
}

/// A service's description: its Markdown as written and as HTML, and where it sits in the file.
public struct ServiceDescription: Sendable {
    /// The Markdown text, as written (without the YAML indentation).
    public var markdown: String
    public var document: MarkdownDocument
    /// Lines of the file before the description's first line.
    public var lineOffset: Int
    /// Columns before the description's text on each line (its YAML indentation).
    public var columnOffset: Int

    public init(markdown: String, document: MarkdownDocument, lineOffset: Int, columnOffset: Int) {
        self.markdown = markdown
        self.document = document
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
    }
}
