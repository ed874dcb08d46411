import Utilities

/// A file of the build cache (its manifest, its back tree's, its services), written in parts.
///
/// It is written under another name and renamed into place, each part fingerprinted as it goes, and ends with the
/// fingerprint of them all (16 bytes). The kept pages' and the report rows' files are written the same way, but for
/// the pieces their indexes fingerprint one by one, and may be added to (`PiecesFile`).
///
/// A reader fingerprints the same parts as it reads them (`Reading.endPart()`), and uses what it read only when that
/// is the fingerprint at the end: a file cut short or spoilt anywhere is not used at all.
enum CheckedFile {
    /// Writes the file at `path` from the parts `produce` hands over, none of them whole in memory with another.
    ///
    /// Should `produce` throw, nothing is put in place, and what it threw is thrown.
    static func write(to path: String, _ produce: (_ part: ((inout ByteWriter) -> Void) -> Void) throws -> Void) throws {
        let file = try CheckedFileWriter(path)
        try produce { file.part($0) }
        try file.finish()
    }

    /// A file being read: its bytes without the fingerprint at the end, read by `reader`, fingerprinted a part at a time.
    struct Reading {
        let bytes: [UInt8]
        var reader: ByteReader
        private var check = Fingerprinter()
        private var mark: Int
        private let written: ArraySlice<UInt8>

        /// The file at `path`, or nil when it is not there or too short to hold a fingerprint.
        init?(_ path: String) {
            guard let bytes = try? FileSystem.readBytes(path) else { return nil }
            self.init(bytes: bytes)
        }

        /// The file at `path`, held open to be read again a range at a time once it is checked (the report's rows),
        /// and its bytes to read now; nil as `init(_:)` gives nil.
        ///
        /// `opens` reads the start of the file (its first `headLength` bytes at most) and says whether it is the file
        /// wanted: one written for other inputs (another base, another day) is not read whole, so a build that cannot
        /// use it never holds its megabytes. What `opens` reads is read again, as a part, by `reading.reader`.
        static func holdingOpen(
            _ path: String, if opens: (inout ByteReader) throws -> Bool
        ) -> (file: OpenFile, reading: Reading)? {
            guard let open = try? OpenFile(path), let head = try? open.read(0..<min(open.size, headLength)) else { return nil }
            var reader = ByteReader(head[...])
            guard (try? opens(&reader)) == true, let bytes = try? open.readAll(), let reading = Reading(bytes: bytes)
            else { return nil }
            return (open, reading)
        }

        /// How much of a file `holdingOpen` hands to its test: more than any header of the cache's files.
        static let headLength = 4096

        /// A file's bytes, or nil when they are too few to hold a fingerprint.
        init?(bytes: [UInt8]) {
            guard bytes.count >= 16 else { return nil }
            self.bytes = bytes
            reader = ByteReader(bytes[..<(bytes.count - 16)])
            mark = 0
            written = bytes[(bytes.count - 16)...]
        }

        /// Ends the part read since the last: it is what the writer's part was.
        mutating func endPart() {
            check.add(bytes[mark..<reader.position])
            mark = reader.position
        }

        /// Whether every byte was read, in parts that are the ones written.
        var isAsWritten: Bool {
            reader.isAtEnd && mark == reader.position && written.elementsEqual(CheckedFile.trailer(check.finish()))
        }
    }

    /// A fingerprint as 16 bytes.
    static func trailer(_ print: Fingerprint) -> [UInt8] {
        (0..<16).map { index in UInt8(truncatingIfNeeded: (index < 8 ? print.high : print.low) >> UInt64(56 - index % 8 * 8)) }
    }
}
