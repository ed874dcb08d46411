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
}
