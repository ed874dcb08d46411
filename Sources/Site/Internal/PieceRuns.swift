import Utilities

/// Reads the pieces of a `PiecesFile` a run at a time, for readers that ask for them mostly in the order the file
/// holds them (the kept pages, asked for in the content's order by each core loading a stretch of it).
///
/// A piece not in a run held is read with the `runLength` bytes that follow it (up to the file's end), in one read,
/// and the next pieces the same core asks for are copied from there: a read of 64 kB for some thirty pages rather than
/// one each. The last few runs are held, one or two for each core; the oldest is let go as another is read. Each
/// piece is checked against its fingerprint (`Piece.holds`), as `PiecesFile.read(_:from:)` checks it. Many threads may read at once.
final class PieceRuns<Name: PieceName>: @unchecked Sendable {
    private let file: OpenFile
    private let lock = Lock()
    /// The runs read, the oldest first: where each starts in the file, and its bytes.
    private var held: [(start: Int, bytes: [UInt8])] = []

    static var runLength: Int { 64 * 1024 }
    /// How many runs are held at once.
    static var heldRuns: Int { 4 }

    init(_ file: OpenFile) {
        self.file = file
    }

    /// The piece's bytes, once they are found to be the ones its fingerprint was taken of.
    func read(_ piece: PiecesFile<Name>.Piece) throws -> [UInt8] {
        let range = piece.range
        guard range.upperBound <= file.size else { throw ByteReader.Malformed() }
        var bytes = lock.withLock { () -> [UInt8]? in
            guard let run = held.last(where: { $0.start <= range.lowerBound && range.upperBound <= $0.start + $0.bytes.count })
            else { return nil }
            return Array(run.bytes[(range.lowerBound - run.start)..<(range.upperBound - run.start)])
        }
        if bytes == nil {
            let run = try file.read(range.lowerBound..<min(file.size, max(range.upperBound, range.lowerBound + Self.runLength)))
            bytes = Array(run[..<range.count])
            lock.withLock {
                held.append((range.lowerBound, run))
                if held.count > Self.heldRuns { held.removeFirst() }
            }
        }
        guard let bytes, piece.holds(bytes) else { throw ByteReader.Malformed() }
        return bytes
    }

    /// Lets go of the runs held, once no more pieces are asked for.
    func letGo() {
        lock.withLock { held = [] }
    }
}
