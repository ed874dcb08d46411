import Content
import Render
import Utilities

/// The health report's rows as the last build made them, kept in the build cache's folder (`report`): a row that
/// shows the same as then (`WebRenderer.shown(by:)`) is written as it was, so an edited guide's build makes one row
/// of 10,000 again.
///
/// The file is read only for the page base (the program, templates, settings and what pages see of the rest of the
/// content: `OutputCache.pageBase`; a row shows nothing of a service) and the day it was written for, and only when it
/// is as written (`CheckedFile`). It is held open, each row read from it when it is asked for. The rows of this
/// build's report are written to the next file as the report is made, in its order, a row to a part, and the file is
/// put in place once the report is made (`save()`): no row is held in memory with the rest, and a build that stops
/// before then leaves the last build's file.
final class KnownReportRows: KnownRows, @unchecked Sendable {
    private static let header = "signpost report rows 1"
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
    /// The next file, begun with the report's first row.
    private var next: CheckedFileWriter?
    private var count = 0
    /// Whether the next file could not be begun: then no row is written, and the last build's file stays. (A write
    /// that fails later keeps the next file from being put in place: `CheckedFileWriter.finish()` throws.)
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
        guard let last = last.value, let range = last.rows[key] else { return nil }
        return lock.withLock {
            guard let text = try? bytes(of: last.file, in: range, as: { Array($0) }) else { return nil }
            keep(text, showing: key)
            return String(decoding: text, as: UTF8.self)
        }
    }

    func made(_ text: String, showing key: Fingerprint) {
        lock.withLock { keep(Array(text.utf8), showing: key) }
    }

    /// Puts the rows of this build's report in place for the next, when the report was made.
    ///
    /// A report kept as the last build made it asks for no rows, and the file stays as it is. Nothing is lost when it
    /// cannot be written: the next build makes every row.
    func save() {
        lock.withLock {
            guard let next else { return }
            self.next = nil
            next.part { end in
                end.add(false)
                end.add(UInt64(count))
            }
            try? next.finish()
        }
    }

    /// Writes a row of this build's report to the next file, begun with the first.
    ///
    /// The lock is held.
    private func keep(_ text: [UInt8], showing key: Fingerprint) {
        if next == nil && !failed {
            next = try? CheckedFileWriter(path)
            failed = next == nil
            next?.part { start in
                start.add(Self.header)
                start.add(base)
                start.add(today.iso)
            }
        }
        next?.part { row in
            row.add(true)
            row.add(key)
            row.add(bytes: text)
        }
        count += 1
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

    /// The last build's file, open, and where each row is in it.
    private struct LastFile: Sendable {
        let file: OpenFile
        let rows: [Fingerprint: Range<Int>]
    }

    /// The file, open, with where each row is in it; nil when it is not there, not written for `base` and `today`, or
    /// not as it was written.
    private static func read(_ path: String, base: Fingerprint, today: Day) -> LastFile? {
        let opens = { (reader: inout ByteReader) throws -> Bool in
            try reader.string() == header && reader.fingerprint() == base && reader.string() == today.iso
        }
        guard case (let open, var file)? = CheckedFile.Reading.holdingOpen(path, if: opens) else { return nil }
        do {
            guard try opens(&file.reader) else { return nil }
            file.endPart()
            var rows: [Fingerprint: Range<Int>] = [:]
            var read: UInt64 = 0
            while try file.reader.bool() {
                let shown = try file.reader.fingerprint()
                let text = try file.reader.run()
                rows[shown] = text.startIndex..<text.endIndex
                read += 1
                file.endPart()
            }
            let count = try file.reader.unsigned()
            file.endPart()
            guard file.isAsWritten, read == count else { return nil }
            return LastFile(file: open, rows: rows)
        } catch {
            return nil
        }
    }
}
