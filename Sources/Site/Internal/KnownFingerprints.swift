import Utilities

/// The content folder's file fingerprints as the last build took them (`FileFingerprints`), kept in the build cache's
/// folder (`content`): a build reads again only the files that changed.
///
/// The file is replaced whole by a rename (`CheckedFile`), and used only when it is as written, by this program's
/// fingerprinting, for the same content folder.
enum KnownFingerprints {
    private static let header = "signpost content fingerprints 2"
    private static let fileName = "content"

    /// What the file in the cache's `folder` knows of the content folder at `root`; nothing when there is no such file.
    ///
    /// The file holds each file the listing found, in its order, with its fingerprint when it has one; and, when the
    /// listing may be taken as it is again (`FolderListing.mayBeKept`), each folder it walked with its identity: then
    /// the files in order are the listing's.
    static func read(from folder: String, root: String) -> FileFingerprints {
        guard var file = CheckedFile.Reading(folder + "/" + fileName) else { return FileFingerprints() }
        do {
            guard try file.reader.string() == header, try file.reader.string() == root else { return FileFingerprints() }
            let taken = Int64(try file.reader.int())
            let count = min(try file.reader.unsigned(), UInt64(file.bytes.count))
            file.endPart()
            var entries: [String: FileFingerprints.Entry] = [:]
            entries.reserveCapacity(Int(count))
            var files: [String] = []
            files.reserveCapacity(Int(count))
            for _ in 0..<count {
                let path = try file.reader.string()
                files.append(path)
                if try file.reader.bool() {
                    let identity = try FileIdentity(stored: &file.reader, isDirectory: false)
                    entries[path] = FileFingerprints.Entry(identity: identity, fingerprint: try file.reader.fingerprint())
                }
            }
            file.endPart()
            let folders = try file.reader.optional { reader in
                try reader.list { reader in
                    FolderListing.Folder(
                        path: try reader.string(), identity: try FileIdentity(stored: &reader, isDirectory: true))
                }
            }
            file.endPart()
            guard file.isAsWritten, files.count == count else { return FileFingerprints() }
            var listing: FolderListing?
            if let folders {
                listing = FolderListing()
                listing?.files = files
                listing?.folders = folders
            }
            return FileFingerprints(taken: taken, entries: entries, listing: listing)
        } catch {
            return FileFingerprints()
        }
    }

    /// Keeps `prints` of the content folder at `root` in the cache's `folder`; nothing is lost when it cannot be
    /// written (the next build reads every file).
    ///
    /// The files go in the order of the listing they were taken with (sorted, as the listing sorts them), or sorted
    /// when there is none.
    static func write(_ prints: FileFingerprints, of root: String, to folder: String) {
        let path = folder + "/" + fileName
        let files = prints.listing?.files ?? prints.entries.keys.sorted()
        let folders = prints.listing.flatMap { $0.mayBeKept ? $0.folders : nil }
        do {
            try CheckedFile.write(to: path) { part in
                part { start in
                    start.add(header)
                    start.add(root)
                    start.add(Int(prints.taken))
                    start.add(UInt64(files.count))
                }
                part { writer in
                    for path in files {
                        writer.add(path)
                        let entry = prints.entries[path]
                        writer.add(entry != nil)
                        if let entry {
                            entry.identity.store(into: &writer)
                            writer.add(entry.fingerprint)
                        }
                    }
                }
                part { writer in
                    writer.add(folders) { writer, folders in
                        writer.add(folders) { writer, folder in
                            writer.add(folder.path)
                            folder.identity.store(into: &writer)
                        }
                    }
                }
            }
        } catch {
            try? FileSystem.remove(path)
        }
    }
}
