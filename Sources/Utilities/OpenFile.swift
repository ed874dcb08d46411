#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file held open for reading, a range at a time, refused as `FileSystem.readBytes` refuses a file.
///
/// Each read is at its own offset (no shared position), so many threads may read the file at once; what is read is
/// the file that was opened, even once another has been renamed into its place.
public final class OpenFile: Sendable {
    public let path: String
    /// Its size when it was opened.
    public let size: Int
    let fd: Int32

    public init(_ path: String, limit: Int = Int.max) throws {
        (fd, size) = try FileSystem.openRegularFile(path, limit: limit)
        self.path = path
    }

    deinit {
        close(fd)
    }

    /// The bytes in `range`; throws when the file ends before it does.
    public func read(_ range: Range<Int>) throws -> [UInt8] {
        let bytes = try FileSystem.bytes(from: fd, at: range.lowerBound, count: range.count, path: path)
        guard bytes.count == range.count else {
            throw FileSystem.Failure(path, reason: "it ends before byte \(range.upperBound)")
        }
        return bytes
    }

    /// The whole file, as it was when opened.
    public func readAll() throws -> [UInt8] {
        try read(0..<size)
    }
}
