/// Markdown written a line at a time, with the notes that belong to its lines.
struct MarkdownLines {
    /// A note on a line, counted from 0.
    struct Placed: Equatable {
        var line: Int
        var note: ImportNote
    }

    private(set) var lines: [String] = []
    private(set) var notes: [Placed] = []

    init() {}

    /// A paragraph's lines, without the spaces at their ends.
    init(_ text: InlineText) {
        lines = text.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = line
            while line.last == " " || line.last == "\t" { line.removeLast() }
            return String(line)
        }
        notes = text.notes
    }

    var isEmpty: Bool { lines.isEmpty }

    mutating func append(_ line: String) {
        lines.append(line)
    }

    /// `other`'s lines after these; its notes go with them.
    mutating func append(_ other: MarkdownLines) {
        let offset = lines.count
        lines += other.lines
        notes += other.notes.map { Placed(line: $0.line + offset, note: $0.note) }
    }

    mutating func note(_ note: ImportNote, atLine line: Int = 0) {
        notes.append(Placed(line: line, note: note))
    }

    /// The lines with `first` before the first and `rest` before the others (a list item's marker and its indent, or a
    /// quote's `> `); a blank line gets `rest` without its trailing spaces.
    func prefixed(first: String, rest: String) -> MarkdownLines {
        var prefixed = self
        prefixed.lines = lines.enumerated().map { index, line in
            let prefix = index == 0 ? first : rest
            return line.isEmpty ? Self.withoutTrailingSpaces(prefix) : prefix + line
        }
        return prefixed
    }

    private static func withoutTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
