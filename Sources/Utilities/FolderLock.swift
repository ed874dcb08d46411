#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a hidden file beside a folder (`.<folder>.lock`), held until it is released or the process
/// ends, however it ends: the kernel lets go of a killed process's lock.
///
/// Two builds into one folder take turns.
public final class FolderLock: @unchecked Sendable {
    /// The lock file's path.
    public let path: String
    private var descriptor: Int32

    /// Takes the lock without waiting; nil when another process holds it (`holder` then says which, if known).
    public static func tryAcquire(beside folder: String) throws -> Result<FolderLock, Held> {
        let parent = Path.directory(of: folder)
        let path = (parent.isEmpty ? "" : parent == "/" ? "/" : parent + "/") + "." + Path.fileName(of: folder) + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw FileSystem.Failure(path, errno: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? FileSystem.readText(path, limit: 64)).flatMap { Int32($0.trimmingWhitespace) }
            close(fd)
            return .failure(Held(holder: holder))
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        return .success(FolderLock(path: path, descriptor: fd))
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// Lets go of the lock (the file stays, empty of meaning, for the next build).
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Another process holds the lock.
    public struct Held: Error, Sendable {
        /// Its process id, as it wrote it.
        public let holder: Int32?
    }
}
