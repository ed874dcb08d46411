import Diagnostics
import Markdown

/// One service of the directory, from `Content/services/<id>.yaml`.
///
/// The reader (`ContentLoader`) checks every field and reports problems as diagnostics; a `Service`
/// holds only what was valid. `ServiceYAML.write` turns one back into a record.
public struct Service: Sendable {
    /// A service's values, held once however many copies of it there are (`SharedFields`), and copied only when a copy
    /// is changed: a service is copied into every list, job and check that names it, and its many strings and lists
    /// would otherwise each be retained at every copy.
    private struct Fields {
        var id: String
        var sourcePath: String
        var displayPath: String
        var name: String
        var summary: String
        var category: String
        var status: ServiceStatus
        var description: ServiceDescription?
        var location: ServiceLocation?
        var phone: String?
        var email: String?
        var text: String?
        var website: String?
        var hours: OpeningHours
        var hoursNote: String?
        var accessibility: [String]
        var languages: [Language]
        var guides: [String]
        var assuredDate: Day?
        var uuid: String?
        var keyLocations: [String: SourceLocation]
    }

    private var box: SharedFields<Fields>

    /// The file name without `.yaml`: lower-case letters, digits and hyphens.
    public var id: String {
        _read { yield box.value.id }
        _modify { yield &box.value.id }
    }

    /// `services/pals.yaml`, under the content folder.
    public var sourcePath: String {
        _read { yield box.value.sourcePath }
        _modify { yield &box.value.sourcePath }
    }

    /// `Content/services/pals.yaml`, for messages.
    public var displayPath: String {
        _read { yield box.value.displayPath }
        _modify { yield &box.value.displayPath }
    }

    public var name: String {
        _read { yield box.value.name }
        _modify { yield &box.value.name }
    }

    /// One sentence: what the service is for.
    public var summary: String {
        _read { yield box.value.summary }
        _modify { yield &box.value.summary }
    }

    /// The group it is listed under in the directory.
    public var category: String {
        _read { yield box.value.category }
        _modify { yield &box.value.category }
    }

    public var status: ServiceStatus {
        _read { yield box.value.status }
        _modify { yield &box.value.status }
    }

    /// The Markdown description, rendered like a guide's body.
    public var description: ServiceDescription? {
        _read { yield box.value.description }
        _modify { yield &box.value.description }
    }

    public var location: ServiceLocation? {
        _read { yield box.value.location }
        _modify { yield &box.value.location }
    }

    /// A UK phone number as written.
    public var phone: String? {
        _read { yield box.value.phone }
        _modify { yield &box.value.phone }
    }

    public var email: String? {
        _read { yield box.value.email }
        _modify { yield &box.value.email }
    }

    /// A mobile number for text messages.
    public var text: String? {
        _read { yield box.value.text }
        _modify { yield &box.value.text }
    }

    /// An https:// address.
    public var website: String? {
        _read { yield box.value.website }
        _modify { yield &box.value.website }
    }

    public var hours: OpeningHours {
        _read { yield box.value.hours }
        _modify { yield &box.value.hours }
    }

    /// Anything the hours cannot say: "Closed on bank holidays".
    public var hoursNote: String? {
        _read { yield box.value.hoursNote }
        _modify { yield &box.value.hoursNote }
    }

    /// Short phrases: "Step-free access", "Hearing loop".
    public var accessibility: [String] {
        _read { yield box.value.accessibility }
        _modify { yield &box.value.accessibility }
    }

    public var languages: [Language] {
        _read { yield box.value.languages }
        _modify { yield &box.value.languages }
    }

    /// Related guides, by source path (`guides/concerns/making-a-complaint.md`), in the order written.
    public var guides: [String] {
        _read { yield box.value.guides }
        _modify { yield &box.value.guides }
    }

    /// When the record was last checked.
    public var assuredDate: Day? {
        _read { yield box.value.assuredDate }
        _modify { yield &box.value.assuredDate }
    }

    /// The service's Open Referral UK id, when it came with one (`uuid:`, from an import); otherwise its export makes one
    /// from the site's address and `id`.
    public var uuid: String? {
        _read { yield box.value.uuid }
        _modify { yield &box.value.uuid }
    }

    /// Where keys are written in the file, for later checks (`assured_date`, `guides` items, the first line).
    public var keyLocations: [String: SourceLocation] {
        _read { yield box.value.keyLocations }
        _modify { yield &box.value.keyLocations }
    }

    public init(
        id: String, sourcePath: String, displayPath: String, name: String = "", summary: String = "", category: String = ""
    ) {
        box = SharedFields(
            Fields(
                id: id, sourcePath: sourcePath, displayPath: displayPath, name: name, summary: summary, category: category,
                status: .active, description: nil, location: nil, phone: nil, email: nil, text: nil, website: nil,
                hours: .notGiven, hoursNote: nil, accessibility: [], languages: [], guides: [], assuredDate: nil,
                uuid: nil, keyLocations: [:]))
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
