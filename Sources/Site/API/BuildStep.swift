/// The named steps of a build, in order, for progress messages like `[2/5] Load guides and pages, writing each`.
public enum BuildStep: Int, Sendable, CaseIterable {
    case loadTemplates = 1
    case loadContent
    case checkContent
    /// Pages are rendered and written together, into a folder beside the output.
    case renderPages
    /// The new site is swapped in for the old one.
    case writeSite

    public var title: String {
        switch self {
        case .loadTemplates: "Load templates"
        case .loadContent: "Load guides and pages, writing each"
        case .checkContent: "Check content"
        case .renderPages: "Write the home and section pages"
        case .writeSite: "Swap in the new site"
        }
    }

    public var label: String { "[\(rawValue)/\(BuildStep.allCases.count)] \(title)" }
}
