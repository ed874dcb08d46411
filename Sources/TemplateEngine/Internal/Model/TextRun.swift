/// Text between tags, whole and in the parser's pieces.
///
/// The parser ends a piece of text at each line break and at each tag; a run joins those between two nodes. Under
/// a partial's indentation each piece that starts a line is indented (`Renderer.writeIndented`), so the pieces are
/// kept; elsewhere the run is copied whole.
struct TextRun: Sendable {
    let text: String
    let pieces: [String]

    init(_ pieces: [String]) {
        text = pieces.joined()
        self.pieces = pieces
    }
}
