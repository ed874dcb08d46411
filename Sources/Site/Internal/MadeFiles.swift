import Utilities

/// The paths in the site of the files a page made, as the page cache keeps them for each page: the stored list's bytes
/// as they are (its count, then each path's length and UTF-8), one array rather than a string apiece.
///
/// At 10,000 guides a build keeps the paths of some 50,000 files: as strings, each its own allocation, they took
/// twice the memory. Their strings are made when a page's files are kept (`paths`), and let go once they are.
struct MadeFiles: Equatable, Sendable {
    /// The list as `ByteWriter` writes a list of strings.
    private let stored: [UInt8]
    let count: Int

    init(_ paths: [String] = []) {
        var writer = ByteWriter()
        writer.add(paths) { $0.add($1) }
        // Copied to an array of its own size: the writer's grew by doubling, and 10,000 pages' lists are held.
        stored = Array(writer.bytes[...])
        count = paths.count
    }

    /// The list `reader` is at in `bytes` (the bytes it reads), checked as it is read past.
    init(stored reader: inout ByteReader, in bytes: [UInt8]) throws {
        let start = reader.position
        count = try reader.list { _ = try $0.run() }.count
        stored = Array(bytes[start..<reader.position])
    }

    var isEmpty: Bool { count == 0 }

    /// Each path, made a string.
    var paths: [String] {
        var reader = ByteReader(stored[...])
        return (try? reader.list { try $0.string() }) ?? []  // read as it was checked: it cannot fail
    }

    /// Writes the list as a list of strings.
    func store(into writer: inout ByteWriter) {
        writer.append(stored)
    }
}
