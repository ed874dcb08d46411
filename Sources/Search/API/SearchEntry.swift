/// What a search result shows of one guide, page or service, and where it goes.
public struct SearchEntry: Sendable, Equatable {
    /// Its address from the top of the website or the kiosk folder, without the base path.
    ///
    /// `guides/x/`, `pl/guides/x/`, `services/pals/`: the search script adds what leads up to it.
    public var path: String
    public var title: String
    public var summary: String
    /// The words under the title that say what it is: its section, `Easy read`, or `Service`.
    public var section: String

    /// What the index's file of entries shows of it, in order: the one list of its fields, for the file's text and for
    /// what the build cache keys the file by (`SearchIndex.File.madeFrom`).
    var shown: [String] { [path, title, summary, section] }

    public init(path: String, title: String, summary: String, section: String) {
        self.path = path
        self.title = title
        self.summary = summary
        self.section = section
    }
}
