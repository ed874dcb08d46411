/// The files of a folder that may be read, and what was found there and refused (`FileSystem.listing(of:)`).
public struct FolderListing: Sendable, Equatable {
    /// Folders nested deeper than this are not walked: no real site comes near it, and a machine-made tree
    /// cannot make a build walk for ever.
    public static let maxDepth = InputLimits.folderDepth

    /// Regular files (and links to regular files inside the folder), relative to it, sorted.
    public var files: [String] = []
    /// What was not listed, and why; in the order found.
    public var refused: [Refusal] = []

    public init() {}

    /// A path under the folder that is not read.
    public struct Refusal: Sendable, Equatable {
        public let path: String
        public let reason: Reason

        public init(path: String, reason: Reason) {
            self.path = path
            self.reason = reason
        }
    }

    public enum Reason: Sendable, Equatable {
        /// A link whose target lies outside the folder; `target` as the link is written.
        case linkOutside(target: String)
        /// A link to a folder (inside): links to folders are never followed, so no loop can form.
        case linkToFolder(target: String)
        /// A link to nothing.
        case brokenLink(target: String)
        /// A pipe, socket or device.
        case notAFile
        /// A folder deeper than the limit.
        case tooDeep(Int)
    }
}
