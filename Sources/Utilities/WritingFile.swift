#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file being written a piece at a time, as what goes in it is made (a cache of thousands of pages is never whole in
/// memory): pieces are gathered into writes of 64 KB, as `FileSystem.write(to:_:)` gathers a page's text.
///
/// It is created or emptied when opened (or added to at its end, `init(appendingTo:)`), never through a link; after a
/// failed write the rest is dropped, and `close()` throws the failure.
public final class WritingFile {
    public let path: String
    private var writer: FileSystem.PieceWriter?

    public init(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.Failure(path, errno: errno) }
        self.path = path
        writer = FileSystem.PieceWriter(fd)
    }

    /// Goes on from the end of `old`: the file at its path, which must still be the file `old` opened, as long as it
    /// was then (never through a link).
    public init(appendingTo old: OpenFile) throws {
        let fd = open(old.path, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystem.Failure(old.path, errno: errno) }
        var (found, opened) = (stat(), stat())
        guard fstat(fd, &found) == 0, fstat(old.fd, &opened) == 0, (found.st_mode & S_IFMT) == S_IFREG,
            found.st_dev == opened.st_dev, found.st_ino == opened.st_ino, found.st_size == old.size,
            lseek(fd, off_t(old.size), SEEK_SET) == off_t(old.size)
        else {
            Glibc.close(fd)
            throw FileSystem.Failure(old.path, reason: "it is no longer the file that was read")
        }
        path = old.path
        writer = FileSystem.PieceWriter(fd)
    }

    deinit {
        if let writer { Glibc.close(writer.fd) }
    }

    public func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writer?.add($0) }
    }

    /// Writes what is gathered and closes the file; throws when a write failed, having cut the file back to
    /// `size` first when one is given.
    public func close(orCutTo size: Int? = nil) throws {
        guard var writer else { return }
        self.writer = nil
        writer.flush()
        if let failure = writer.failure {
            if let size { _ = ftruncate(writer.fd, off_t(size)) }
            Glibc.close(writer.fd)
            throw FileSystem.Failure(path, errno: failure)
        }
        Glibc.close(writer.fd)
    }

    /// Drops what is gathered, cuts the file back to `size` bytes and closes it.
    public func cut(to size: Int) {
        guard let writer else { return }
        self.writer = nil
        _ = ftruncate(writer.fd, off_t(size))
        Glibc.close(writer.fd)
    }
}
