#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// When a file was last changed, and its size: two stamps differ when the file was edited.
public struct FileStamp: Sendable, Hashable {
    public let seconds: Int
    public let nanoseconds: Int
    public let size: Int

    /// The stamp of the file at `path`, or nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            seconds = Int(info.st_mtimespec.tv_sec)
            nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        size = Int(info.st_size)
    }

    /// The stamp of every file under `root` (hidden ones left out), by path relative to it; the files are looked up
    /// on every core.
    public static func all(under root: String) throws -> [String: FileStamp] {
        let paths = try FileSystem.files(under: root)
        let found = Parallel.map(paths) { FileStamp(path: root + "/" + $0) }
        var stamps: [String: FileStamp] = [:]
        stamps.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, found) { stamps[path] = stamp }
        return stamps
    }
}
