import Content
import Utilities

/// Where a run's guides and their pictures go: a folder under `<content>/guides/`, checked once for the run.
struct ImportTarget {
    /// The guides folder as the editor named it, without a `/` at the end.
    let folder: String
    /// The content folder as the editor named it, without a `/` at the end.
    let contentRoot: String
    /// How many folders down from the content folder a guide is: 1 in `guides/`, 2 in `guides/concerns/`.
    let depth: Int

    init(folder: String, contentRoot: String) throws {
        self.folder = Self.withoutTrailingSlash(folder)
        self.contentRoot = Self.withoutTrailingSlash(contentRoot)
        let guides = FileSystem.canonicalPath(self.contentRoot) + "/" + ContentPaths.guides
        let target = FileSystem.canonicalPath(self.folder) + "/"
        guard target.hasPrefix(guides) else {
            throw ImportFailure(
                message: "the folder `\(folder)` is not inside `\(self.contentRoot)/\(ContentPaths.guides)`",
                hint: "import into the guides folder or a folder in it, such as `\(self.contentRoot)/guides/concerns`")
        }
        let below = target.dropFirst(guides.count).split(separator: "/").map(String.init)
        for part in below where !ContentPaths.isWebSafeName(part) {
            throw ImportFailure(
                message: "the folder name `\(part)` cannot be part of a web address",
                hint: "use only lower-case letters, digits and hyphens, for example `visiting-times`")
        }
        depth = 1 + below.count
    }

    /// `<folder>/<name>.md`.
    func guide(named name: String) -> String {
        folder + "/" + name + ".md"
    }

    /// `<content>/images/<name>`: the guide's pictures.
    func pictureFolder(named name: String) -> String {
        contentRoot + "/images/" + name
    }

    /// The pictures' address relative to the guide: `../../images/<name>/` for a guide in `guides/concerns/`.
    func picturePrefix(named name: String) -> String {
        String(repeating: "../", count: depth) + "images/" + name + "/"
    }

    private static func withoutTrailingSlash(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return String(path)
    }
}
