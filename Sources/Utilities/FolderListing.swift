/// The files of a folder that may be read, and what was found there and refused (`FileSystem.listing(of:)`).
public struct FolderListing: Sendable, Equatable {
    /// Folders nested deeper than this are not walked: no real site comes near it, and a machine-made tree
    /// cannot make a build walk for ever.
    public static let maxDepth = InputLimits.folderDepth

    /// Regular files (and links to regular files inside the folder), relative to it, sorted.
    public var files: [String] = []
    /// What was not listed, and why; in the order found.
    public var refused: [Refusal] = []
    /// Each folder walked (`""` is the folder itself), with its identity as it was opened, before its entries were read.
    public var folders: [Folder] = []
    /// Whether a link was listed as the file it names: a listing with one is never taken as it was
    /// (`isUnchanged(under:settledBefore:)`), since the file it names can change in a folder the listing did not walk.
    public var followsLinks = false

    public init() {}

    /// Whether the listing can be taken as it is again later: it refused nothing and followed no link.
    public var mayBeKept: Bool { refused.isEmpty && !followsLinks }

    /// A folder walked, and its identity.
    public struct Folder: Sendable, Equatable {
        public let path: String
        public let identity: FileIdentity

        public init(path: String, identity: FileIdentity) {
            self.path = path
            self.identity = identity
        }
    }

    /// Whether listing the folder open as `root` again would give this listing: it may be kept (`mayBeKept`), and every
    /// folder it walked is found with the identity it had (a file or folder added, removed or renamed in a
    /// folder changes its modification time), which it had had since before `settledBefore` less
    /// `FileFingerprints.settling` (a disk keeps times only so finely, so a folder changed just before it was read could
    /// change again without its times moving).
    ///
    /// `settledBefore` is a moment before the listing was taken (`FileFingerprints.taken`).
    public func isUnchanged(under root: OpenFolder, settledBefore moment: Int64) -> Bool {
        guard mayBeKept, !folders.isEmpty else { return false }
        let settled = moment - FileFingerprints.settling
        return folders.allSatisfy { folder in
            folder.identity.modified < settled && folder.identity.changed < settled
                && Array(folder.path.utf8).withUnsafeBufferPointer { root.identity(of: $0) } == folder.identity
        }
    }

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
