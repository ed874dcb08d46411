import Utilities

/// A file's or folder's identity as the build cache keeps it (the content's fingerprints and listing): its inode, size
/// and times.
extension FileIdentity {
    func store(into writer: inout ByteWriter) {
        writer.add(inode)
        writer.add(Int(size))
        writer.add(Int(modified))
        writer.add(Int(changed))
    }

    /// What `store(into:)` wrote, of a folder when `isDirectory` (the reader knows which it keeps).
    init(stored reader: inout ByteReader, isDirectory: Bool) throws {
        self.init(
            inode: try reader.unsigned(), size: Int64(try reader.int()), modified: Int64(try reader.int()),
            changed: Int64(try reader.int()), isDirectory: isDirectory)
    }

    /// A fingerprint of all of it, which a file's record in the build cache's manifest holds (`CacheManifest.File`):
    /// the same for the same file left as it was, and another once anything about it changed.
    var fingerprint: Fingerprint {
        var made = Fingerprinter()
        made.add(inode)
        made.add(Int(size))
        made.add(Int(modified))
        made.add(Int(changed))
        made.add(isDirectory ? 1 : 0)
        return made.finish()
    }
}
