#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder held open, to look up the identities of many files and folders under it: each path is found from the
/// folder, which is not walked to again for every one of them.
///
/// Many threads may look up at once.
public final class OpenFolder: Sendable {
    private let fd: Int32

    /// The folder at `path`, or nil when there is no folder there to open.
    public init?(_ path: String) {
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
    }

    deinit {
        close(fd)
    }

    /// The identity of what is at `path` (relative), a link followed, as `FileIdentity(followingLinksAt:)` finds it at
    /// the folder's path, a slash and `path`: the folder's own path is not walked again for each of many files.
    public func identity(followingLinksAt path: String) -> FileIdentity? {
        path.withCString { FileIdentity(in: fd, followingLinksAt: $0) }
    }

    /// The identity of what is at `path` (UTF-8, relative; empty for the folder itself), as `FileIdentity(path:)`
    /// finds it at the folder's path, a slash and `path`.
    public func identity(of path: UnsafeBufferPointer<UInt8>) -> FileIdentity? {
        guard !path.isEmpty else { return FileIdentity(in: fd, path: ".") }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: path.count + 1) { name in
            for (index, byte) in path.enumerated() { name[index] = CChar(bitPattern: byte) }
            name[path.count] = 0
            guard let start = name.baseAddress else { return nil }
            return FileIdentity(in: fd, path: start)
        }
    }
}
