import Diagnostics

/// The foyer kiosk's settings, from `kiosk:` in `site.yaml`.
public struct KioskSettings: Sendable {
    /// Seconds without a touch before the kiosk asks "Are you still there?".
    public var idleSeconds: Int
    /// Seconds the question waits for an answer before the kiosk starts again (at least 20, WCAG 2.2.1).
    public var warningSeconds: Int
    /// The start page's heading.
    public var startTitle: String
    /// A sentence under the start page's heading.
    public var startIntro: String?
    /// The large buttons of the start page, in order; when none are set, one for each section.
    public var tiles: [KioskTile]
    /// The site's address written short, for people to type on their own phone: `pals.example-hospital.nhs.uk`.
    public var shortAddress: String?
    /// How to walk from the foyer to the PALS office, one step a line.
    public var directions: [String]
    /// A map of the way, by path under the content folder, with its alt text.
    public var map: ContentPicture?

    /// The fewest seconds the warning may give.
    public static let minimumWarningSeconds = 20

    public init(
        idleSeconds: Int = 120, warningSeconds: Int = 30, startTitle: String = "How can we help you?",
        startIntro: String? = nil, tiles: [KioskTile] = [], shortAddress: String? = nil, directions: [String] = [],
        map: ContentPicture? = nil
    ) {
        self.idleSeconds = idleSeconds
        self.warningSeconds = warningSeconds
        self.startTitle = startTitle
        self.startIntro = startIntro
        self.tiles = tiles
        self.shortAddress = shortAddress
        self.directions = directions
        self.map = map
    }
}

/// A large button on the kiosk's start page.
public struct KioskTile: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// A guide or page, by its path under the content folder: `guides/concerns/making-a-complaint.md`.
        case page(String)
        /// A section of guides, by its title.
        case section(String)
    }

    /// `page: services`: the directory of services rather than a guide or page.
    public static let serviceDirectory = "services"

    public var title: String
    public var target: Target
    /// Where the tile is written in `site.yaml`, for messages about its target.
    public var location: SourceLocation

    public init(title: String, target: Target, location: SourceLocation) {
        self.title = title
        self.target = target
        self.location = location
    }
}
