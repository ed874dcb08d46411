import Markdown

extension GuideWriter {
    /// A table as a list, one item a row, each cell named by its column's heading (`**Phone**: 01632 960000`), or
    /// the cells joined by `; ` when the table has no heading row; with a note at the list's first line.
    mutating func table(_ table: PandocTable) -> MarkdownLines {
        var written = blocks(table.caption)
        let names = table.rows.isEmpty ? [] : Self.columnNames(table.header.last ?? [])
        var items = MarkdownLines()
        for row in table.rows.isEmpty ? table.header : table.rows {
            var item = InlineText()
            var column = 0
            for cell in row {
                let value = flattened(cell.blocks, separator: " ")
                if !value.text.isEmpty {
                    if !item.text.isEmpty { item.text += "; " }
                    if column < names.count, let name = names[column] {
                        item.text += "**" + MarkdownEscape.text(name, startsLine: false) + "**: "
                    }
                }
                item.append(value)
                column += cell.columns
            }
            if item.text.isEmpty {
                for placed in item.notes { items.note(placed.note, atLine: items.lines.count) }
                continue
            }
            items.append(MarkdownLines(item).prefixed(first: "- ", rest: "  "))
        }
        guard !items.isEmpty else { return written }
        var list = MarkdownLines()
        list.note(.table)
        list.append(items)
        if !written.isEmpty { written.append("") }
        written.append(list)
        return written
    }

    /// Each column's name, from the heading row's cells' words without a closing colon; nil for a column without.
    private static func columnNames(_ header: [PandocTable.Cell]) -> [String?] {
        var names: [String?] = []
        for cell in header {
            var words: [PandocInline] = []
            for block in cell.blocks {
                switch block {
                case .paragraph(let content), .plain(let content):
                    words.append(.space)
                    words += content
                default: continue
                }
            }
            var name = PandocInline.plainText(words)
            while name.hasSuffix(":") { name.removeLast() }
            names += Array(repeating: name.isEmpty ? nil : name, count: cell.columns)
        }
        return names
    }

    /// Blocks as the words of one line, each block's words after the last's with `separator` between: for a table's
    /// cell or a footnote.
    mutating func flattened(_ blocks: [PandocBlock], separator: String, inLink: Bool = false) -> InlineText {
        var parts: [InlineText] = []
        for block in blocks { parts.append(flattened(block, inLink: inLink)) }
        return Self.joined(parts, separator: separator)
    }

    private mutating func flattened(_ block: PandocBlock, inLink: Bool) -> InlineText {
        var text = InlineText()
        text.inLink = inLink
        switch block {
        case .paragraph(let content), .plain(let content), .heading(_, let content):
            inlines(Self.trimmed(content), into: &text, singleLine: true)
        case .lines(let lines):
            inlines(Self.trimmed(Array(lines.joined(separator: [PandocInline.space]))), into: &text, singleLine: true)
        case .code(let code):
            inlines([.code(code)], into: &text, singleLine: true)
        case .quote(let inner), .division(let inner):
            return flattened(inner, separator: " ", inLink: inLink)
        case .bulletList(let items), .orderedList(_, let items):
            var parts: [InlineText] = []
            for item in items { parts.append(flattened(item, separator: " ", inLink: inLink)) }
            return Self.joined(parts, separator: ", ")
        case .definitions(let definitions):
            var parts: [InlineText] = []
            for definition in definitions {
                var part = InlineText()
                part.inLink = inLink
                inlines(Self.trimmed(definition.term), into: &part, singleLine: true)
                let meaning = flattened(Array(definition.definitions.joined()), separator: " ", inLink: inLink)
                if !meaning.text.isEmpty && !part.text.isEmpty { part.text += ": " }
                part.append(meaning)
                parts.append(part)
            }
            return Self.joined(parts, separator: "; ")
        case .table(let table):
            var parts: [InlineText] = []
            for row in table.header + table.rows {
                for cell in row { parts.append(flattened(cell.blocks, separator: " ", inLink: inLink)) }
            }
            return Self.joined(parts, separator: "; ")
        case .rule, .nothing:
            break
        case .unsupported(let kind):
            text.note(.unsupported(kind))
        }
        return text
    }

    /// The parts one after another, `separator` between those with words.
    private static func joined(_ parts: [InlineText], separator: String) -> InlineText {
        var joined = InlineText()
        for part in parts {
            if !part.text.isEmpty && !joined.text.isEmpty { joined.text += separator }
            joined.append(part)
        }
        return joined
    }
}
