/// The outputs a build can make; `signpost build --only NAME` makes one alone.
public enum SiteOutput: String, Sendable, CaseIterable {
    /// The website: every page under the output folder, except the kiosk's.
    case web
    /// The foyer kiosk, in `kiosk/` under the output folder.
    case kiosk

    /// The folder an output is written to, under the output folder; empty for the whole folder.
    var folder: String {
        switch self {
        case .web: ""
        case .kiosk: "kiosk/"
        }
    }
}
