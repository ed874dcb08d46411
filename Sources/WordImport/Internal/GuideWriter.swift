/// Writes pandoc's blocks as a guide's CommonMark: headings from `##` to `####`, paragraphs, lists, quotes, and
/// tables as lists; with a note on each line where something changed on the way.
struct GuideWriter {
    /// The pictures' address relative to the guide: `../../images/<guide-name>/`.
    let picturePrefix: String
    /// The guide's pictures folder as the editor names it, for the notes' hints.
    let pictureFolder: String
    /// Added to each heading's level (then kept from 2 to 4), so that the shallowest becomes `##`.
    let headingShift: Int
    var pictures: PictureRegistry

    /// The blocks, a blank line between each.
    mutating func blocks(_ blocks: [PandocBlock]) -> MarkdownLines {
        var written = MarkdownLines()
        for block in blocks {
            let lines = self.block(block)
            if !lines.isEmpty && !written.isEmpty { written.append("") }
            written.append(lines)
        }
        return written
    }

    private mutating func block(_ block: PandocBlock) -> MarkdownLines {
        switch block {
        case .paragraph(let content), .plain(let content):
            return paragraph(content)
        case .lines(let lines):
            return paragraph(Array(lines.map { $0 + [.lineBreak] }.joined()))
        case .code(let text):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return paragraph(Array(lines.map { [PandocInline.text(String($0)), .lineBreak] }.joined()))
        case .heading(let level, let content):
            return heading(level: level, content)
        case .quote(let inner):
            return blocks(inner).prefixed(first: "> ", rest: "> ")
        case .bulletList(let items):
            return list(items) { _ in "-" }
        case .orderedList(let start, let items):
            return list(items) { "\(start + $0)." }
        case .definitions(let definitions):
            return blocks(
                definitions.flatMap { definition -> [PandocBlock] in
                    [PandocBlock.paragraph([.strong(definition.term)])] + definition.definitions.flatMap { $0 }
                })
        case .table(let table):
            return self.table(table)
        case .division(let inner):
            return blocks(inner)
        case .rule:
            var lines = MarkdownLines()
            lines.append("* * *")
            return lines
        case .nothing:
            return MarkdownLines()
        case .unsupported(let kind):
            var lines = MarkdownLines()
            lines.note(.unsupported(kind))
            return lines
        }
    }

    /// A paragraph's words, without breaks or spaces at either end; nothing when it has no words.
    private mutating func paragraph(_ content: [PandocInline]) -> MarkdownLines {
        var text = InlineText()
        inlines(Self.trimmed(content), into: &text, singleLine: false)
        // A break at the very end (from inside emphasis) would leave a backslash showing.
        while text.text.hasSuffix("\\\n") { text.text.removeLast(2) }
        if text.text.allSatisfy({ $0.isWhitespace }) {
            var notes = MarkdownLines()
            for placed in text.notes { notes.note(placed.note) }
            return notes
        }
        return MarkdownLines(text)
    }

    private mutating func heading(level: Int, _ content: [PandocInline]) -> MarkdownLines {
        var text = InlineText()
        text.text = String(repeating: "#", count: min(4, max(2, level + headingShift))) + " "
        let start = text.text.count
        inlines(Self.trimmed(content), into: &text, singleLine: true)
        guard text.text.count > start else { return MarkdownLines() }
        return MarkdownLines(text)
    }

    /// A list, tight when no item holds a paragraph of its own (pandoc's `Plain` items): a blank line between the
    /// items of a loose list, and none in a tight one.
    private mutating func list(_ items: [[PandocBlock]], marker: (Int) -> String) -> MarkdownLines {
        let tight = !items.joined().contains { if case .paragraph = $0 { true } else { false } }
        var written = MarkdownLines()
        for (index, item) in items.enumerated() {
            let mark = marker(index) + " "
            var content = itemBlocks(item, tight: tight)
            if content.isEmpty { content.append("") }
            if index > 0 && !tight { written.append("") }
            written.append(content.prefixed(first: mark, rest: String(repeating: " ", count: mark.count)))
        }
        return written
    }

    /// An item's blocks: in a tight list a list follows its item's words with no blank line between.
    private mutating func itemBlocks(_ blocks: [PandocBlock], tight: Bool) -> MarkdownLines {
        var written = MarkdownLines()
        var previous: PandocBlock? = nil
        for block in blocks {
            let lines = self.block(block)
            if !lines.isEmpty && !written.isEmpty && !(tight && Self.isWords(previous) && Self.isList(block)) {
                written.append("")
            }
            written.append(lines)
            if !lines.isEmpty { previous = block }
        }
        return written
    }

    private static func isWords(_ block: PandocBlock?) -> Bool {
        switch block {
        case .plain?, .paragraph?: true
        default: false
        }
    }

    private static func isList(_ block: PandocBlock) -> Bool {
        switch block {
        case .bulletList, .orderedList: true
        default: false
        }
    }

    /// Without spaces and breaks at either end.
    static func trimmed(_ content: [PandocInline]) -> [PandocInline] {
        var content = content[...]
        while let first = content.first, isBlank(first) { content = content.dropFirst() }
        while let last = content.last, isBlank(last) { content = content.dropLast() }
        return Array(content)
    }

    static func isBlank(_ inline: PandocInline) -> Bool {
        switch inline {
        case .space, .softBreak, .lineBreak: true
        case .text(let words): words.allSatisfy { $0.isWhitespace }
        default: false
        }
    }
}
