import Diagnostics

/// A picture named in the settings (the kiosk's map of the way to PALS, the trust's logo): a file under the content
/// folder, what it shows for people who cannot see it, and where the settings name it.
public struct ContentPicture: Sendable, Hashable {
    /// The path under the content folder: `images/pals-office-map.svg`.
    public var path: String
    public var alt: String
    public var location: SourceLocation

    public init(path: String, alt: String, location: SourceLocation) {
        self.path = path
        self.alt = alt
        self.location = location
    }
}
