import Content
import Diagnostics

extension ContentPicture {
    /// An error when the picture is not a file of the content folder, at the setting that names it: `what` is the
    /// picture ("the kiosk map"), `otherwise` the hint when no file's name is close.
    func missing(in content: SiteContent, what: String, otherwise: String) -> Diagnostic? {
        guard content.index.assets[path] == nil else { return nil }
        return .error(
            "\(what) `\(path)` is not a file in the content folder", at: location,
            hint: Suggestion.closest(to: path, in: content.index.assets.keys.sorted()).map { "did you mean `\($0)`?" }
                ?? otherwise)
    }
}
