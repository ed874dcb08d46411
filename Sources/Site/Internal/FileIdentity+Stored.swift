import Utilities

/// A file's identity as the build cache keeps it (the manifests, the content's fingerprints): its inode, size and
/// times.
extension FileIdentity {
    func storeFile(into writer: inout ByteWriter) {
        writer.add(inode)
        writer.add(Int(size))
        writer.add(Int(modified))
        writer.add(Int(changed))
    }

    init(storedFile reader: inout ByteReader) throws {
        self.init(
            inode: try reader.unsigned(), size: Int64(try reader.int()), modified: Int64(try reader.int()),
            changed: Int64(try reader.int()), isDirectory: false)
    }

    /// A folder's identity as the content's fingerprints keep it (`KnownFingerprints`): all of it, as a file's.
    func storeFolder(into writer: inout ByteWriter) {
        storeFile(into: &writer)
    }

    init(storedFolder reader: inout ByteReader) throws {
        self.init(
            inode: try reader.unsigned(), size: Int64(try reader.int()), modified: Int64(try reader.int()),
            changed: Int64(try reader.int()), isDirectory: true)
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
