#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file or folder is on disk (from `lstat`): which inode, how large, and when it last changed.
///
/// Any write to a file changes it, and so does adding or removing an entry of a folder; the change time cannot be set
/// back by hand, as a modification time can.
///
/// The build cache records this for every file and folder it leaves, and trusts a file it finds the same.
public struct FileIdentity: Sendable, Hashable {
    public let inode: UInt64
    public let size: Int64
    public let modified: Int64
    public let changed: Int64
    public let isDirectory: Bool

    public init(inode: UInt64, size: Int64, modified: Int64, changed: Int64, isDirectory: Bool) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
        self.isDirectory = isDirectory
    }

    /// The identity of what is at `path` (a link is itself, never followed), or nil when there is nothing.
    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of what is at `path`, a link followed to what it names: what reading `path` reads.
    public init?(followingLinksAt path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of a file this process holds open as `file`: what `init(path:)` finds at its path, once it is
    /// written.
    public init?(openFile file: Int32) {
        var info = stat()
        guard fstat(file, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of what is at `path` (NUL-terminated) under the folder open as `folder`, as `init(path:)` finds it.
    public init?(in folder: Int32, path: UnsafePointer<CChar>) {
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of what is at `path` (NUL-terminated) under the folder open as `folder`, a link followed to what it
    /// names, as `init(followingLinksAt:)` finds it.
    public init?(in folder: Int32, followingLinksAt path: UnsafePointer<CChar>) {
        var info = stat()
        guard fstatat(folder, path, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a folder still holds what it held: the same inode, its entries last changed at the same moment.
    ///
    /// A folder's change time moves when it is renamed (as a build swaps the site into place), so it is not compared.
    public func isSameFolder(as other: FileIdentity) -> Bool {
        isDirectory && other.isDirectory && inode == other.inode && modified == other.modified
    }
}
