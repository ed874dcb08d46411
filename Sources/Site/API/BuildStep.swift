/// The named steps of a build, in order, for progress messages like `[2/5] Load content`.
public enum BuildStep: Int, Sendable, CaseIterable {
    case loadTemplates = 1
    case loadContent
    case checkContent
    case renderPages
    case writeSite

    public var title: String {
        switch self {
        case .loadTemplates: "Load templates"
        case .loadContent: "Load content"
        case .checkContent: "Check content"
        case .renderPages: "Render pages"
        case .writeSite: "Write site"
        }
    }

    public var label: String { "[\(rawValue)/\(BuildStep.allCases.count)] \(title)" }
}
