import Content
import Render
import Utilities

/// The health report's rows as the last build made them, kept in the build cache's folder (`report`): a row that
/// shows the same as then (`HealthReport.Row.shown`) is written as it was, so an edited guide's build makes one row
/// of 10,000 again.
///
/// The file (a `PiecesFile`, each row's text by the fingerprint of what it shows) is read only for the page base (the
/// program, templates, settings and what pages see of the rest of the content: `OutputCache.pageBase`; a row shows
/// nothing of a service) and the day it was written for, and only when its head, index and locator are as written. It
/// is held open, each row read from it when it is asked for and checked against its fingerprint then (one that is
/// not is made again); the rows the file holds end to end, as most of a report's are, are read at once. The rows of
/// this build's report go into the next version of the file as the report is made:
/// added to the end of the file read, which names each row kept where it is and holds only the rows made anew, or,
/// once half of that file would be unused, written afresh. No row is held in memory with the rest, and the version is
/// finished once the report is made (`save()`): a build that stops before then leaves the last build's version.
final class KnownReportRows: KnownRows, @unchecked Sendable {
    /// The file's layout: each row's text by the fingerprint of what it shows.
    private typealias RowsFile = PiecesFile<Fingerprint>
    private static let header = "signpost report rows 2"
    private static let fileName = "report"
    /// The most of the last build's file read at a time.
    private static let runLength = 256 * 1024

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

    /// The rows kept in the cache's `folder` for `base` and `today`; none when `reuse` is false (a build from
    /// nothing keeps its rows for the next all the same).
    init(folder: String, base: Fingerprint, today: Day, reuse: Bool) {
        path = folder + "/" + Self.fileName
        self.base = base
        self.today = today
        let path = path
        last = Later { reuse ? Self.read(path, base: base, today: today) : nil }
    }

    func append(showing keys: [Fingerprint], to text: inout [UInt8], making make: (Int) -> String) {
        lock.withLock {
            var row = 0
            while row < keys.count {
                // The rows from here on that the last build's file holds end to end, or this row alone, made.
                let run = keptRun(from: row, of: keys) ?? (pieces: [nil], bytes: [], start: 0)
                for piece in run.pieces {
                    if let piece,
                        case let kept = run.bytes[(piece.range.lowerBound - run.start)..<(piece.range.upperBound - run.start)],
                        piece.holds(kept)
                    {
                        text += kept
                        keep(.kept(piece), showing: keys[row])
                    } else {
                        let made = Array(make(row).utf8)
                        text += made
                        keep(.made(made), showing: keys[row])
                    }
                    row += 1
                }
            }
        }
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

    /// A row of this build's report: where the last build's file holds it, or its text, made now.
    private enum Row {
        case kept(RowsFile.Piece)
        case made([UInt8])
    }

    /// Puts a row of this build's report in the next version of the file, begun with the first: one kept from the
    /// last build's file is named where it is there (or copied from there, into a file written afresh); one made is
    /// written.
    ///
    /// The lock is held.
    private func keep(_ row: Row, showing key: Fingerprint) {
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
            switch row {
            case .kept(let piece): try next.copy(key, key: key, piece)
            case .made(let text): try next.add(key, key: key, entry: text)
            }
        } catch {
            self.next = nil  // left unfinished: the file is as it was, or cut back to it
            failed = true
        }
    }

    /// Where the rows from `keys[row]` on that the last build's file holds end to end are in it (at most `runLength`
    /// bytes of them, but always the first), and their bytes, read at once, from the file's offset `start`; nil when
    /// it does not hold `keys[row]`, or cannot be read.
    ///
    /// The lock is held.
    private func keptRun(from row: Int, of keys: [Fingerprint]) -> (
        pieces: [RowsFile.Piece?], bytes: [UInt8], start: Int
    )? {
        guard let last = last.value, let first = last.rows[keys[row]]?.piece else { return nil }
        var (pieces, end) = ([first], first.range.upperBound)
        while row + pieces.count < keys.count, let next = last.rows[keys[row + pieces.count]]?.piece,
            next.range.lowerBound == end, next.range.upperBound - first.range.lowerBound <= Self.runLength
        {
            pieces.append(next)
            end = next.range.upperBound
        }
        guard let bytes = try? last.file.read(first.range.lowerBound..<end) else { return nil }
        return (pieces, bytes, first.range.lowerBound)
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
