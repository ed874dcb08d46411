import Utilities

/// The pictures a guide uses, named in the order they are first used.
///
/// The names are `picture-1.png`, `picture-2.jpeg` and so on.
struct PictureRegistry {
    /// A picture to copy: where pandoc put it, and its name in the guide's pictures folder.
    struct Picture: Equatable {
        var source: String
        var name: String
    }

    /// What a picture in the Word file becomes.
    enum Use: Equatable {
        /// A picture the guide shows, by its name in the guide's folder.
        case picture(name: String)
        /// A kind a web page cannot show, by its extension (`emf`), empty when it has none.
        case unsupported(kind: String)
        /// Not a file pandoc took out of the Word file (Word links to it elsewhere).
        case outside
    }

    /// The kinds a page can show, by extension.
    static let kinds: Set<String> = ["png", "jpg", "jpeg", "gif", "svg"]

    /// The folder pandoc put the Word file's pictures in.
    let mediaFolder: String
    private(set) var pictures: [Picture] = []
    private var names: [String: String] = [:]

    init(mediaFolder: String) {
        self.mediaFolder = mediaFolder
    }

    mutating func use(_ source: String) -> Use {
        if let name = names[source] { return .picture(name: name) }
        let parts = source.split(separator: "/", omittingEmptySubsequences: false)
        guard source.hasPrefix(mediaFolder + "/"), !parts.contains(".."), !parts.contains(".") else { return .outside }
        let kind = Path.fileExtension(of: source)
        guard Self.kinds.contains(kind) else { return .unsupported(kind: kind) }
        let name = "picture-\(pictures.count + 1).\(kind)"
        names[source] = name
        pictures.append(Picture(source: source, name: name))
        return .picture(name: name)
    }
}
