import Diagnostics
import Utilities

extension FolderListing.Refusal {
    /// The error an editor sees for a path that is not read: what it is, where a link leads, and what to do.
    ///
    /// `folder` names the folder it is in (`the content folder`, `the templates folder`).
    public func diagnostic(at display: String, folder: String) -> Diagnostic {
        let location = SourceLocation(path: display)
        switch reason {
        case .linkOutside(let target):
            return .error(
                "this is a link to `\(target)`, which is outside \(folder): Signpost reads nothing outside it",
                at: location, hint: "put the file itself here in place of the link")
        case .linkToFolder(let target):
            return .error(
                "this is a link to the folder `\(target)`: links to folders are not followed",
                at: location, hint: "move or copy the folder here in place of the link")
        case .brokenLink(let target):
            return .error(
                "this is a link to `\(target)`, which does not exist", at: location,
                hint: "remove the link, or put the file itself here")
        case .notAFile:
            return .error(
                "this is not an ordinary file (it is a pipe, socket or device), so it is not read", at: location,
                hint: "remove it from \(folder)")
        case .tooDeep(let limit):
            return .error(
                "this folder is nested more than \(limit) folders deep: Signpost reads up to \(limit)", at: location,
                hint: "move its files into a folder nearer the top")
        }
    }
}
