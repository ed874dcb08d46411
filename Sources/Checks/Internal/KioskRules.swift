import Content
import Diagnostics

/// The kiosk settings' references: every start-page tile leads to a guide, page or section that
/// exists, and the map of the way to the PALS office is a picture in the content folder.
enum KioskRules {
    static func check(_ content: SiteContent) -> [Diagnostic] {
        let kiosk = content.config.kiosk
        var found: [Diagnostic] = []
        // Sorted (for a suggestion) only when a tile leads nowhere: sorting every page's path took 5 ms of CPU at
        // 10,000 guides, every build.
        let sections = Set(content.guides.map(GuideSections.title(of:)))
        for tile in kiosk.tiles {
            switch tile.target {
            case .page(KioskTile.serviceDirectory) where content.publishedServices.isEmpty:
                found.append(
                    .error(
                        "the kiosk tile `\(tile.title)` leads to the directory of services, and there are no services",
                        at: tile.location,
                        hint: "add service records to Content/services/, or take the tile out"))
            case .page(KioskTile.serviceDirectory):
                continue
            case .page(let path) where content.index.pages[path] == nil:
                found.append(
                    .error(
                        "the kiosk tile `\(tile.title)` leads to `\(path)`, which is not a guide or page", at: tile.location,
                        hint: Suggestion.closest(to: path, in: content.index.pages.keys.sorted()).map { "did you mean `\($0)`?" }
                            ?? "write the path under the content folder, for example `guides/concerns/making-a-complaint.md`"))
            case .section(let title) where !sections.contains(title):
                let sections = sections.sorted()
                found.append(
                    .error(
                        "the kiosk tile `\(tile.title)` leads to the section `\(title)`, which has no guides", at: tile.location,
                        hint: Suggestion.closest(to: title, in: sections).map { "did you mean `\($0)`?" }
                            ?? "sections are named by the `section` of guides: " + sections.joined(separator: ", ")))
            default:
                continue
            }
        }
        if let missing = kiosk.map?.missing(
            in: content, what: "the kiosk map",
            otherwise: "write the path under the content folder, for example `images/pals-office-map.svg`")
        {
            found.append(missing)
        }
        return found
    }
}
