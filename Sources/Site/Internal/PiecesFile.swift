import Utilities

/// The layout of the build cache's files that hold many pieces by name, each read when it is asked for.
///
/// They are the kept pages (`pages`, `PageCache`: each page's entry by its file) and the health report's rows
/// (`report`, `KnownReportRows`: each row's text by what it shows). A head, each piece, the parts of a table (the
/// text the kept pages repeat; the report has none), an index, and a locator (where the head starts and ends, where
/// the index starts, and how many of the file's bytes this version uses), then the fingerprint of the head, the index
/// and the locator: those end to end are a `CheckedFile`, in the parts they were written in (the head; the index's
/// count of pieces, its pieces 1,024 at a time, and its table's parts; the locator).
///
/// The index says where each piece and each part of the table is, with a fingerprint of its bytes: those are left out
/// of the fingerprint at the end, and each is checked when it is read. So a build reads the head, the index and the
/// table, not every piece (each is read when it is asked for).
///
/// A build that keeps most pieces as they were adds to the end of the file it read (`Writing.next`): a new
/// head, the pieces made anew and the table's new parts, then an index that names the pieces and parts the file holds
/// already where they are, and a new locator. Nothing before the old end is written, so what the old index named is
/// still there, and only the last version counts: a build killed while it adds leaves a file whose end is no locator
/// and fingerprint, which is not used, and a failed write cuts the file back to the version it had. Once the bytes no
/// version uses would pass half those the last one uses (`Writing.next`), the file is written afresh, under another
/// name, and renamed into place, with only what the new version uses (the pieces kept copied from the old file as they
/// are, a run at a time). A file cut short, or spoilt in its head, index, locator or table, is not used at all; a piece
/// that is spoilt is made again.
enum PiecesFile<Name: PieceName> {
    /// A run of the file's bytes, and their fingerprint.
    struct Piece: Equatable {
        let range: Range<Int>
        let check: Fingerprint

        /// Whether `bytes` are the ones this piece's fingerprint was taken of: a piece read back is used only then.
        func holds(_ bytes: some Collection<UInt8>) -> Bool {
            Fingerprint.of(bytes) == check
        }
    }

    /// A piece as the index finds it: what it was made from, and where it is.
    struct Entry {
        let key: Fingerprint
        let piece: Piece
    }

    /// The file, open and checked but for its pieces.
    struct Opened {
        let file: OpenFile
        /// Each piece by its name.
        let entries: [Name: Entry]
        /// The table of repeated text, the parts it was read from, and how long it was when it was last made afresh.
        let strings: [String]
        let tableParts: [Piece]
        let freshCount: Int
        /// How many of the file's bytes its last version uses (its head, entries, table, index and locator): the rest
        /// are what earlier versions used.
        let usedBytes: Int
    }

    /// The locator (four numbers, eight bytes each, as `ByteWriter` writes two fingerprints' halves), then the
    /// fingerprint's 16 bytes.
    private static var trailerLength: Int { 48 }
    /// The most pieces in one part of the index: it is never whole in memory as it is written.
    private static var indexPart: Int { 1024 }

    /// The file at `path`, and what `readHead` reads of its head after `opens`; nil when it is not there, not one
    /// `opens` accepts (given the head's first bytes, at most `CheckedFile.Reading.headLength`, so a file written for
    /// another base is not read further), not read to its end by `readHead`, or not as it was written.
    static func open<Head>(
        _ path: String, if opens: (inout ByteReader) throws -> Bool, head readHead: (inout ByteReader) throws -> Head
    ) -> (Opened, Head)? {
        guard let file = try? OpenFile(path), file.size > trailerLength else { return nil }
        do {
            var locator = ByteReader(try file.read((file.size - trailerLength)..<file.size)[...])
            let (head, index) = (try locator.fingerprint(), try locator.fingerprint())
            guard head.high < head.low, head.low <= index.high, index.high <= UInt64(file.size - trailerLength),
                index.low <= UInt64(file.size)
            else { return nil }
            let (headStart, headEnd, indexStart) = (Int(head.high), Int(head.low), Int(index.high))
            let headLength = headEnd - headStart
            var first = ByteReader(
                try file.read(headStart..<(headStart + min(headLength, CheckedFile.Reading.headLength)))[...])
            guard try opens(&first) else { return nil }
            // The head, then the index, the locator and the fingerprint: the checked parts, end to end.
            var bytes = try file.read(headStart..<headEnd)
            bytes += try file.read(indexStart..<file.size)
            guard var checked = CheckedFile.Reading(bytes: bytes), try opens(&checked.reader) else { return nil }
            let headRead = try readHead(&checked.reader)
            guard checked.reader.position == headLength else { return nil }
            checked.endPart()

            let count = try checked.reader.unsigned()
            checked.endPart()
            // Each piece takes more than 32 bytes of the index: a count spoilt upwards reserves no more than that allows.
            guard count <= UInt64((bytes.count - headLength) / 32) else { return nil }
            var entries: [Name: Entry] = [:]
            entries.reserveCapacity(Int(count))
            for number in 0..<Int(count) {
                let name = try Name(storedName: &checked.reader)
                let key = try checked.reader.fingerprint()
                entries[name] = Entry(key: key, piece: try piece(&checked.reader, before: indexStart))
                if number % indexPart == indexPart - 1 || number == Int(count) - 1 { checked.endPart() }
            }
            let (tableCount, freshCount) = (try checked.reader.unsigned(), try checked.reader.unsigned())
            let parts = try checked.reader.list { try piece(&$0, before: indexStart) }
            checked.endPart()
            guard try checked.reader.fingerprint() == head, try checked.reader.fingerprint() == index else { return nil }
            checked.endPart()
            guard checked.isAsWritten, entries.count == count, freshCount <= tableCount, tableCount <= UInt64(indexStart)
            else { return nil }
            var strings: [String] = []
            strings.reserveCapacity(Int(tableCount))
            for part in parts {
                var texts = ByteReader(try read(part, from: file)[...])
                let part = try texts.list { try $0.string() }
                guard texts.isAtEnd, !part.isEmpty, strings.count + part.count <= tableCount else { return nil }
                strings += part
            }
            guard strings.count == tableCount else { return nil }
            let opened = Opened(
                file: file, entries: entries, strings: strings, tableParts: parts, freshCount: Int(freshCount),
                usedBytes: Int(index.low))
            return (opened, headRead)
        } catch {
            return nil
        }
    }

    /// The bytes of `piece`, when they are the ones it was written with.
    static func read(_ piece: Piece, from file: OpenFile) throws -> [UInt8] {
        let bytes = try file.read(piece.range)
        guard piece.holds(bytes) else { throw ByteReader.Malformed() }
        return bytes
    }

    /// A piece as the index holds it: where it starts, how long it is, and its fingerprint; it ends before `limit`.
    private static func piece(_ reader: inout ByteReader, before limit: Int) throws -> Piece {
        let (start, count) = (try reader.unsigned(), try reader.unsigned())
        guard start <= UInt64(limit), count <= UInt64(limit) - start else { throw ByteReader.Malformed() }
        return Piece(range: Int(start)..<Int(start + count), check: try reader.fingerprint())
    }

    /// A file being written, a piece at a time.
    ///
    /// Its head, then each piece (made now, or kept from the file it replaces), then the parts of the table;
    /// `finish` writes the index and the locator and puts it in place. Until then, and if it is never finished, the
    /// file it replaces is as it was.
    final class Writing {
        private let writer: CheckedFileWriter
        /// The file being replaced, which entries and parts are kept from.
        private let old: OpenFile?
        /// Whether this version is added to the end of `old`, its pieces and parts kept where they are, rather than
        /// written afresh with them copied.
        let appends: Bool
        private let headStart: Int
        private let headEnd: Int
        private var entries: [(name: Name, key: Fingerprint, piece: Piece)] = []
        private var parts: [Piece] = []
        /// The old file's bytes waiting to be copied, and where in the new file they go.
        private var run: (from: Range<Int>, to: Int)?
        private static var copyPiece: Int { 1 << 19 }

        /// The next version of `old` (the file at `path` as it was opened, or nil), which will hold `pieces` pieces,
        /// begun with its head: added to the end of `old` when `mayAppend` and the bytes no version of it uses are at
        /// most half of the `used` bytes its last version uses; otherwise written afresh.
        static func next(
            _ path: String, after old: OpenFile?, used: Int, mayAppend: Bool = true, pieces: Int,
            head: (inout ByteWriter) -> Void
        ) throws -> Writing {
            if mayAppend, let old, old.size - used <= used / 2,
                let added = try? Writing(path, replacing: old, appending: true, pieces: pieces, head: head)
            {
                return added
            }
            return try Writing(path, replacing: old, pieces: pieces, head: head)
        }

        /// Begins the file at `path`, which will hold `pieces` pieces, with its head.
        ///
        /// With `appending`, `old` (the file at `path`, as it was opened) is added to; otherwise a new file replaces it.
        private init(
            _ path: String, replacing old: OpenFile?, appending: Bool = false, pieces: Int,
            head: (inout ByteWriter) -> Void
        ) throws {
            if appending, let old {
                writer = try CheckedFileWriter(appendingTo: old)
            } else {
                writer = try CheckedFileWriter(path)
            }
            self.old = old
            appends = appending && old != nil
            headStart = writer.size
            writer.part(head)
            headEnd = writer.size
            entries.reserveCapacity(pieces)
        }

        /// A piece, made now.
        func add(_ name: Name, key: Fingerprint, entry: [UInt8]) throws {
            entries.append((name, key, try write(entry)))
        }

        /// A piece as the old file holds it (`piece`, a range of that file), kept there or copied.
        func copy(_ name: Name, key: Fingerprint, _ piece: Piece) throws {
            entries.append((name, key, try copy(piece)))
        }

        /// A part of the table, made now.
        func addPart(_ bytes: [UInt8]) throws {
            parts.append(try write(bytes))
        }

        /// A part of the table as the old file holds it, kept there or copied.
        func copyPart(_ piece: Piece) throws {
            parts.append(try copy(piece))
        }

        /// Writes the index, which says the table has `tableCount` texts and had `freshCount` when it was last made
        /// afresh, and puts the file in place.
        func finish(tableCount: Int, freshCount: Int) throws {
            try flush()
            let indexStart = writer.size
            writer.part { $0.add(UInt64(entries.count)) }
            for start in stride(from: 0, to: entries.count, by: indexPart) {
                writer.part { index in
                    for entry in entries[start..<min(start + indexPart, entries.count)] {
                        entry.name.storeName(into: &index)
                        index.add(entry.key)
                        Self.add(entry.piece, to: &index)
                    }
                }
            }
            writer.part { index in
                index.add(UInt64(tableCount))
                index.add(UInt64(freshCount))
                index.add(parts) { Self.add($1, to: &$0) }
            }
            let used =
                (headEnd - headStart) + entries.reduce(0) { $0 + $1.piece.range.count }
                + parts.reduce(0) { $0 + $1.range.count } + (writer.size - indexStart) + trailerLength
            writer.part { locator in
                locator.add(Fingerprint(high: UInt64(headStart), low: UInt64(headEnd)))
                locator.add(Fingerprint(high: UInt64(indexStart), low: UInt64(used)))
            }
            try writer.finish()
        }

        private static func add(_ piece: Piece, to writer: inout ByteWriter) {
            writer.add(UInt64(piece.range.lowerBound))
            writer.add(UInt64(piece.range.count))
            writer.add(piece.check)
        }

        private func write(_ bytes: [UInt8]) throws -> Piece {
            try flush()
            let piece = Piece(range: writer.size..<(writer.size + bytes.count), check: Fingerprint.of(bytes))
            writer.unchecked(bytes)
            return piece
        }

        /// Where `piece` of the old file is in the new one: where it is, in a file added to; otherwise it joins the
        /// run waiting to be copied when it follows it there, or starts a new one.
        private func copy(_ piece: Piece) throws -> Piece {
            guard !appends else { return piece }
            let (from, to): (Range<Int>, Int)
            if let run, run.from.upperBound == piece.range.lowerBound {
                (from, to) = (run.from.lowerBound..<piece.range.upperBound, run.to)
            } else {
                try flush()
                (from, to) = (piece.range, writer.size)
            }
            run = (from, to)
            let start = to + piece.range.lowerBound - from.lowerBound
            return Piece(range: start..<(start + piece.range.count), check: piece.check)
        }

        /// Copies the run waiting, half a megabyte at a time: under the size glibc maps afresh for each block
        /// (`MemoryPolicy`), so each piece reuses the last one's memory rather than faulting in pages of its own.
        private func flush() throws {
            guard let (from, _) = run else { return }
            run = nil
            guard let old else { throw ByteReader.Malformed() }
            for start in stride(from: from.lowerBound, to: from.upperBound, by: Self.copyPiece) {
                writer.unchecked(try old.read(start..<min(start + Self.copyPiece, from.upperBound)))
            }
        }
    }
}
