import Utilities

/// The content folder's file fingerprints as the last build took them (`FileFingerprints`), kept in the build cache's
/// folder (`content`): a build reads again only the files that changed.
///
/// The file is replaced whole by a rename (`CheckedFile`), and used only when it is as written, by this program's
/// fingerprinting, for the same content folder.
enum KnownFingerprints {
    private static let header = "signpost content fingerprints 1"
    private static let fileName = "content"

    /// What the file in the cache's `folder` knows of the content folder at `root`; nothing when there is no such file.
    static func read(from folder: String, root: String) -> FileFingerprints {
        guard var file = CheckedFile.Reading(folder + "/" + fileName) else { return FileFingerprints() }
        do {
            guard try file.reader.string() == header, try file.reader.string() == root else { return FileFingerprints() }
            let taken = Int64(try file.reader.int())
            let count = try file.reader.unsigned()
            file.endPart()
            var entries: [String: FileFingerprints.Entry] = [:]
            entries.reserveCapacity(Int(min(count, UInt64(file.bytes.count))))
            for _ in 0..<min(count, UInt64(file.bytes.count)) {
                let path = try file.reader.string()
                let identity = try FileIdentity(storedFile: &file.reader)
                entries[path] = FileFingerprints.Entry(identity: identity, fingerprint: try file.reader.fingerprint())
            }
            file.endPart()
            guard file.isAsWritten, entries.count == count else { return FileFingerprints() }
            return FileFingerprints(taken: taken, entries: entries)
        } catch {
            return FileFingerprints()
        }
    }

    /// Keeps `prints` of the content folder at `root` in the cache's `folder`; nothing is lost when it cannot be
    /// written (the next build reads every file).
    static func write(_ prints: FileFingerprints, of root: String, to folder: String) {
        let path = folder + "/" + fileName
        let entries = prints.entries.sorted { $0.key < $1.key }
        do {
            try CheckedFile.write(to: path) { part in
                part { start in
                    start.add(header)
                    start.add(root)
                    start.add(Int(prints.taken))
                    start.add(UInt64(entries.count))
                }
                part { writer in
                    for (path, entry) in entries {
                        writer.add(path)
                        entry.identity.storeFile(into: &writer)
                        writer.add(entry.fingerprint)
                    }
                }
            }
        } catch {
            try? FileSystem.remove(path)
        }
    }
}
