/// Plain text written into Markdown so that CommonMark reads it back as the same words, for Markdown that Signpost
/// writes itself (an imported Word file's guide).
///
/// Only what could start markup gets a backslash, so the Markdown stays easy for an editor to read:
///
/// - everywhere: `\`, `` ` ``, `*`, `_`, `[`, `]` and `<` (escapes, code, emphasis, links, pictures, autolinks and
///   raw HTML; `!` starts a picture only before `[`, which is escaped, so it is left alone), and `&` before something
///   that looks like an entity (`&amp;`, `&#38;`);
/// - at the start of a line: `#`, `>`, `-`, `+` and `=` (headings, quotes, lists, breaks and setext underlines), a
///   number's `.` or `)` before a space (`1\. `, an ordered list) and `~~~` (a code fence);
/// - a run of `#` that ends a line after a space, which would close a heading.
///
/// Lines are what CommonMark makes them in a paragraph: spaces and tabs at the start of a line (four would begin
/// code) and at its end (two would be a line break) are left out, as are blank lines, which would end the paragraph.
public enum MarkdownEscape {
    /// `text` escaped for a paragraph, a list item or a heading, taking it to start a line.
    public static func text(_ text: String) -> String {
        self.text(text, startsLine: true)
    }

    /// `text` escaped; with `startsLine` false it follows other text on its line (after emphasis or a link), so its
    /// first line is not read for line-start markup and keeps its leading spaces.
    public static func text(_ text: String, startsLine: Bool) -> String {
        let lines = lines(of: text)
        var escaped = String.UnicodeScalarView()
        var written = 0
        for (index, line) in lines.enumerated() {
            let atStart = index > 0 || startsLine
            var scalars = line[...]
            if atStart { scalars = scalars.drop(while: { $0 == " " || $0 == "\t" }) }
            if index < lines.count - 1 {
                while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
            }
            if atStart && scalars.isEmpty && lines.count > 1 { continue }
            if written > 0 { escaped.append("\n") }
            written += 1
            escape(scalars, atLineStart: atStart, into: &escaped)
        }
        return String(escaped)
    }

    /// The lines of `text`, split at `\n`, `\r\n` and `\r`.
    private static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var afterReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    private static func escape(
        _ line: ArraySlice<Unicode.Scalar>, atLineStart: Bool, into escaped: inout String.UnicodeScalarView
    ) {
        var index = line.startIndex
        if atLineStart, let first = line.first {
            switch first {
            case "#", ">", "-", "+", "=":
                escaped.append("\\")
                escaped.append(first)
                index += 1
            case "~" where line.prefix(3).count == 3 && line.prefix(3).allSatisfy({ $0 == "~" }):
                escaped.append("\\")
                escaped.append(first)
                index += 1
            case _ where ("0"..."9").contains(first):
                index = escapeListNumber(line, into: &escaped)
            default:
                break
            }
        }
        while index < line.endIndex {
            let scalar = line[index]
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<":
                escaped.append("\\")
            case "&" where startsEntity(line, at: index):
                escaped.append("\\")
            case "#" where closesHeading(line, at: index):
                escaped.append("\\")
            default:
                break
            }
            escaped.append(scalar)
            index += 1
        }
    }

    /// Writes a line's leading number, with its `.` or `)` escaped when they would make an ordered list (one to nine
    /// digits, then a space, a tab or the end of the line); returns where the rest of the line starts.
    private static func escapeListNumber(
        _ line: ArraySlice<Unicode.Scalar>, into escaped: inout String.UnicodeScalarView
    ) -> ArraySlice<Unicode.Scalar>.Index {
        var index = line.startIndex
        while index < line.endIndex && ("0"..."9").contains(line[index]) { index += 1 }
        let digits = index - line.startIndex
        guard digits <= 9, index < line.endIndex, line[index] == "." || line[index] == ")" else {
            return line.startIndex
        }
        let after = index + 1
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return line.startIndex }
        escaped.append(contentsOf: line[line.startIndex..<index])
        escaped.append("\\")
        escaped.append(line[index])
        return after
    }

    /// Whether the `&` at `index` begins something CommonMark could read as an entity: letters, digits or `#`, then
    /// `;`.
    private static func startsEntity(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var next = index + 1
        while next < line.endIndex, line[next].isASCII,
            line[next].properties.isAlphabetic || ("0"..."9").contains(line[next]) || line[next] == "#"
        {
            next += 1
        }
        return next > index + 1 && next < line.endIndex && line[next] == ";"
    }

    /// Whether the `#` at `index` begins a run of `#` that ends the line after a space or tab (or the start of the
    /// text): in a heading it would be read as the closing sequence and left out.
    private static func closesHeading(_ line: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        if index > line.startIndex {
            let before = line[index - 1]
            guard before == " " || before == "\t" else { return false }
        }
        var next = index
        while next < line.endIndex && line[next] == "#" { next += 1 }
        return line[next...].allSatisfy { $0 == " " || $0 == "\t" }
    }
}
