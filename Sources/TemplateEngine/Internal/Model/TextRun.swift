/// Text between tags, as UTF-8 bytes, remembering where each of the parser's pieces of it ended.
///
/// The parser ends a piece of text at each line break and at each tag; a run joins those between two nodes. Under
/// a partial's indentation each piece that starts a line is indented (`Renderer.writeIndented`), so the pieces are
/// kept; elsewhere the run is copied whole.
struct TextRun: Sendable {
    let bytes: [UInt8]
    /// The end of each piece in `bytes`; the last is `bytes.count`.
    let pieceEnds: [Int]

    init(_ pieces: [String]) {
        var bytes: [UInt8] = []
        var pieceEnds: [Int] = []
        for piece in pieces {
            bytes.append(contentsOf: piece.utf8)
            pieceEnds.append(bytes.count)
        }
        self.bytes = bytes
        self.pieceEnds = pieceEnds
    }
}
