#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file being written a piece at a time, as what goes in it is made (a cache of thousands of pages is never whole in
/// memory): pieces are gathered into writes of 64 KB, as `FileSystem.write(to:_:)` gathers a page's text.
///
/// It is created or emptied when opened, never through a link; after a failed write the rest is dropped, and
/// `close()` throws the failure.
public final class WritingFile {
    public let path: String
    private var writer: FileSystem.PieceWriter?

    public init(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.Failure(path, errno: errno) }
        self.path = path
        writer = FileSystem.PieceWriter(fd)
    }

    deinit {
        if let writer { Glibc.close(writer.fd) }
    }

    public func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writer?.add($0) }
    }

    /// Writes what is gathered and closes the file; throws when a write failed.
    public func close() throws {
        guard var writer else { return }
        self.writer = nil
        writer.flush()
        Glibc.close(writer.fd)
        if let failure = writer.failure { throw FileSystem.Failure(path, errno: failure) }
    }
}
