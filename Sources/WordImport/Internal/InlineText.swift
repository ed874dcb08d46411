/// The Markdown of a run of inline elements (a paragraph, a heading's text, a table's cell) as it is written, with
/// the notes on its lines.
struct InlineText {
    var text = ""
    private(set) var notes: [MarkdownLines.Placed] = []
    /// Inside a link's words, where another link cannot go.
    var inLink = false
    /// Inside emphasis, where emphasis again would read as strong.
    var inEmphasis = false
    /// Inside strong emphasis.
    var inStrong = false

    /// Whether what comes next starts a line, where `-`, `#` or `1.` would be markup.
    var atLineStart: Bool { text.isEmpty || text.hasSuffix("\n") }

    /// `other`'s text after this one's; its notes go with it.
    mutating func append(_ other: InlineText) {
        let line = text.utf8.count { $0 == UInt8(ascii: "\n") }
        notes += other.notes.map { MarkdownLines.Placed(line: $0.line + line, note: $0.note) }
        text += other.text
    }

    /// A note on the line being written.
    mutating func note(_ note: ImportNote) {
        notes.append(MarkdownLines.Placed(line: text.utf8.count { $0 == UInt8(ascii: "\n") }, note: note))
    }
}
