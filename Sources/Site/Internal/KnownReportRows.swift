import Content
import Render
import Utilities

/// The health report's rows as the last build made them, kept in the build cache's folder (`report`): a row that
/// shows the same as then (`WebRenderer.shown(by:)`) is written as it was, so an edited guide's build makes one row
/// of 10,000 again.
///
/// The file (a `PiecesFile`, each row's text by the fingerprint of what it shows) is read only for the page base (the
/// program, templates, settings and what pages see of the rest of the content: `OutputCache.pageBase`; a row shows
/// nothing of a service) and the day it was written for, and only when its head, index and locator are as written. It
/// is held open, each row read from it when it is asked for and checked against its fingerprint then (one that is
/// not is made again). The rows of this build's report go into the next version of the file as the report is made:
/// added to the end of the file read, which names each row kept where it is and holds only the rows made anew, or,
/// once half of that file would be unused, written afresh. No row is held in memory with the rest, and the version is
/// finished once the report is made (`save()`): a build that stops before then leaves the last build's version.
final class KnownReportRows: KnownRows, @unchecked Sendable {
    /// The file's layout: each row's text by the fingerprint of what it shows.
    private typealias RowsFile = PiecesFile<Fingerprint>
    private static let header = "signpost report rows 2"
    private static let fileName = "report"
    /// How much of the last build's file is read at a time.
    private static let windowSize = 256 * 1024

    private let path: String
    private let base: Fingerprint
    private let today: Day
    /// The last build's file, and where each row is in it: read and checked on another core while the pages load,
    /// since no row is asked for before every page is loaded.
    private let last: Later<LastFile?>
    private let lock = Lock()
    /// The next version of the file, begun with the report's first row, and the rows it holds: a row shown twice is
    /// held once.
    private var next: RowsFile.Writing?
    private var held = Set<Fingerprint>()
    /// Whether the next version could not be begun or written: then no row is written, and the last build's file stays
    /// (or, once a write into it failed, is cut back to the version it had, or is gone).
    private var failed = false
    /// The part of the last build's file read last, from its offset: rows are asked for in about the order the file
    /// holds them, so most are in the part read for the row before.
    private var window: (start: Int, bytes: [UInt8]) = (0, [])

    /// The rows kept in the cache's `folder` for `base` and `today`; none when `reuse` is false (a build from
    /// nothing keeps its rows for the next all the same).
    init(folder: String, base: Fingerprint, today: Day, reuse: Bool) {
        path = folder + "/" + Self.fileName
        self.base = base
        self.today = today
        let path = path
        last = Later { reuse ? Self.read(path, base: base, today: today) : nil }
    }

    func text(showing key: Fingerprint) -> String? {
        guard let last = last.value, let row = last.rows[key]?.piece else { return nil }
        return lock.withLock {
            guard let text = try? bytes(of: last.file, in: row.range, as: { Array($0) }), Fingerprint.of(text) == row.check
            else { return nil }
            keep(text, showing: key, kept: row)
            return String(decoding: text, as: UTF8.self)
        }
    }

    func made(_ text: String, showing key: Fingerprint) {
        lock.withLock { keep(Array(text.utf8), showing: key, kept: nil) }
    }

    /// Puts the rows of this build's report in place for the next, when the report was made.
    ///
    /// A report kept as the last build made it asks for no rows, and the file stays as it is. Nothing is lost when it
    /// cannot be written: the next build makes every row.
    func save() {
        lock.withLock {
            guard let next else { return }
            self.next = nil
            do { try next.finish(tableCount: 0, freshCount: 0) } catch { try? FileSystem.remove(path) }
        }
    }

    /// Puts a row of this build's report in the next version of the file, begun with the first: named where it is
    /// when it is `kept` from the last build's file and the version is added to that file, written otherwise.
    ///
    /// The lock is held.
    private func keep(_ text: [UInt8], showing key: Fingerprint, kept: RowsFile.Piece?) {
        if next == nil && !failed {
            let old = last.value
            let head = { (head: inout ByteWriter) in
                head.add(Self.header)
                head.add(self.base)
                head.add(self.today.iso)
            }
            next = try? RowsFile.Writing.next(path, after: old?.file, used: old?.used ?? 0, pieces: 0, head: head)
            failed = next == nil
        }
        guard let next, held.insert(key).inserted else { return }
        do {
            if let kept, next.appends {
                try next.copy(key, key: key, kept)
            } else {
                try next.add(key, key: key, entry: text)
            }
        } catch {
            self.next = nil  // left unfinished: the file is as it was, or cut back to it
            failed = true
        }
    }

    /// The last build's file's bytes in `range`, as `make` makes them into a value, read with the part around them.
    ///
    /// The lock is held.
    private func bytes<Value>(of file: OpenFile, in range: Range<Int>, as make: (ArraySlice<UInt8>) -> Value) throws -> Value {
        let (start, held) = (window.start, window.bytes.count)
        if range.lowerBound < start || range.upperBound > start + held {
            let end = min(file.size, max(range.upperBound, range.lowerBound + Self.windowSize))
            window = (range.lowerBound, try file.read(range.lowerBound..<end))
        }
        let offset = range.lowerBound - window.start
        return make(window.bytes[offset..<(offset + range.count)])
    }

    /// The last build's file, open, where each row is in it, and how many of its bytes its last version uses.
    private struct LastFile: Sendable {
        let file: OpenFile
        let rows: [Fingerprint: RowsFile.Entry]
        let used: Int
    }

    /// The file, open, with where each row is in it; nil when it is not there, not written for `base` and `today`, or
    /// its head, index or locator are not as they were written.
    private static func read(_ path: String, base: Fingerprint, today: Day) -> LastFile? {
        let opens = { (reader: inout ByteReader) throws -> Bool in
            try reader.string() == header && reader.fingerprint() == base && reader.string() == today.iso
        }
        guard let (opened, _) = RowsFile.open(path, if: opens, head: { _ in }) else { return nil }
        return LastFile(file: opened.file, rows: opened.entries, used: opened.usedBytes)
    }
}
