import Content
import Utilities

/// The service records the last build read (`ServiceRecordStore`), kept in the build cache's folder (`services`), each
/// with the fingerprint of the file it was read from: a build reads again only the records whose files changed.
///
/// The file is replaced whole by a rename (`CheckedFile`), and used only when it is as written, by this program, for
/// the same content folder. A record is given out only when its file's fingerprint, as this build took it before
/// reading anything (`SiteBuilder.cacheFingerprints`), is the one it was kept with.
final class KnownServices: ServiceRecordStore, @unchecked Sendable {
    private static let header = "signpost service records 1"
    private static let fileName = "services"

    private let path: String
    private let root: String
    /// The records in the file: each file's path, the fingerprint it was read with, and its record.
    ///
    /// Each record is a piece of the file's bytes, read once; all are let go once saved.
    private var known: [String: (print: Fingerprint, record: ArraySlice<UInt8>)]
    /// Each content file's fingerprint now.
    private let now: FileFingerprints
    private let lock = Lock()
    /// This build's records, for the next.
    private var next: [String: (print: Fingerprint, record: ArraySlice<UInt8>)] = [:]
    /// The paths whose records were given out, and those read from their files (a record given out that could not
    /// be read back is read from its file too).
    private var givenOut: Set<String> = []
    private var readPaths: Set<String> = []

    /// The records the file in the cache's `folder` keeps for the content folder at `root`: read by the build while it
    /// takes the content's fingerprints (`init(folder:root:files:records:)` gives them out against those).
    struct Records: Sendable {
        fileprivate let entries: [String: (print: Fingerprint, record: ArraySlice<UInt8>)]

        /// None: a build that does not use the last build's records (`--no-cache`) keeps its own for the next.
        static let none = Records(entries: [:])
    }

    /// The records kept in the cache's `folder` for the content folder at `root`.
    static func records(in folder: String, root: String) -> Records {
        Records(entries: read(folder + "/" + fileName, root: root))
    }

    /// `records` (`records(in:root:)`, read from the cache's `folder`, or none) given out against `files`, this
    /// build's fingerprints of the content of the folder at `root`.
    init(folder: String, root: String, files: FileFingerprints, records: Records) {
        path = folder + "/" + Self.fileName
        self.root = root
        now = files
        known = records.entries
    }

    /// How many records were taken from the file, not read from theirs.
    var keptRecords: Int { lock.withLock { givenOut.subtracting(readPaths).count } }

    func kept(_ path: String) -> ArraySlice<UInt8>? {
        guard let print = now.entries[path]?.fingerprint else { return nil }
        return lock.withLock {
            guard let entry = known[path], entry.print == print else { return nil }
            next[path] = entry
            givenOut.insert(path)
            return entry.record
        }
    }

    func read(_ path: String, fingerprint print: Fingerprint, record: [UInt8]) {
        lock.withLock {
            next[path] = (print, record[...])
            readPaths.insert(path)
        }
    }

    /// The fingerprint of the very bytes each of this build's records came from, by its file's path.
    ///
    /// A record kept came from bytes with the fingerprint its file has now. It is what a service's own files are made
    /// from (`SiteAssembler.recordPrints`); asked before `save()`, which lets the records go.
    func prints() -> [String: Fingerprint] {
        lock.withLock { next.mapValues(\.print) }
    }

    /// Writes this build's records for the next, unless they are the ones the file holds, then lets every record go;
    /// nothing is lost when it cannot be written (the next build reads every record).
    func save() {
        let (entries, changed) = lock.withLock {
            defer { (known, next) = ([:], [:]) }
            return (next.sorted { $0.key < $1.key }, !readPaths.isEmpty || next.count != known.count)
        }
        guard changed else { return }
        do {
            try CheckedFile.write(to: path) { part in
                part { start in
                    start.add(Self.header)
                    start.add(OutputCache.programFingerprint)
                    start.add(root)
                    start.add(UInt64(entries.count))
                }
                part { writer in
                    for (file, entry) in entries {
                        writer.add(file)
                        writer.add(entry.print)
                        writer.add(bytes: entry.record)
                    }
                }
            }
        } catch {
            try? FileSystem.remove(path)
        }
    }

    private static func read(_ path: String, root: String) -> [String: (print: Fingerprint, record: ArraySlice<UInt8>)] {
        guard var file = CheckedFile.Reading(path) else { return [:] }
        do {
            guard try file.reader.string() == header, try file.reader.fingerprint() == OutputCache.programFingerprint,
                try file.reader.string() == root
            else { return [:] }
            let count = try file.reader.unsigned()
            file.endPart()
            var records: [String: (print: Fingerprint, record: ArraySlice<UInt8>)] = [:]
            for _ in 0..<min(count, UInt64(file.bytes.count)) {
                let path = try file.reader.string()
                records[path] = (try file.reader.fingerprint(), try file.reader.run())
            }
            file.endPart()
            guard file.isAsWritten, records.count == count else { return [:] }
            return records
        } catch {
            return [:]
        }
    }
}
