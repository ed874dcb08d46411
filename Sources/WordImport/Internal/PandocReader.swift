import Foundation

/// Reads pandoc's JSON (`{"pandoc-api-version": [1, 22, ...], "meta": {...}, "blocks": [...]}`, each element
/// `{"t": kind, "c": content}`) into a `PandocDocument`.
///
/// An element of a shape it does not know becomes `unsupported`, so a newer pandoc loses a part, never the file.
enum PandocReader {
    /// Pandoc's output is not a document.
    struct Failure: Error {
        let reason: String
    }

    static func read(_ data: Data) throws -> PandocDocument {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let blocks = root["blocks"] as? [Any]
        else { throw Failure(reason: "pandoc's output is not a document") }
        let version = root["pandoc-api-version"] as? [Any] ?? []
        if let major = version.first.flatMap({ number($0) }), major != 1 {
            throw Failure(reason: "pandoc's output is of an unknown version (\(major))")
        }
        let meta = root["meta"] as? [String: Any] ?? [:]
        return PandocDocument(
            title: metaInlines(meta["title"]), subtitle: metaInlines(meta["subtitle"]),
            blocks: blocks.map { block($0) })
    }

    /// A metadata value's words: `MetaInlines`, `MetaString` or the words of `MetaBlocks`.
    private static func metaInlines(_ value: Any?) -> [PandocInline] {
        guard let node = value as? [String: Any], let kind = node["t"] as? String else { return [] }
        switch kind {
        case "MetaInlines": return inlines(node["c"])
        case "MetaString": return [.text(node["c"] as? String ?? "")]
        case "MetaBlocks":
            var words: [PandocInline] = []
            for block in blocks(node["c"]) {
                switch block {
                case .paragraph(let content), .plain(let content):
                    if !words.isEmpty { words.append(.space) }
                    words += content
                default: continue
                }
            }
            return words
        default: return []
        }
    }

    private static func blocks(_ value: Any?) -> [PandocBlock] {
        (value as? [Any] ?? []).map { block($0) }
    }

    private static func inlines(_ value: Any?) -> [PandocInline] {
        (value as? [Any] ?? []).map { inline($0) }
    }

    private static func block(_ value: Any) -> PandocBlock {
        guard let node = value as? [String: Any], let kind = node["t"] as? String else { return .unsupported("?") }
        let content = node["c"]
        let parts = content as? [Any] ?? []
        switch kind {
        case "Para": return .paragraph(inlines(content))
        case "Plain": return .plain(inlines(content))
        case "LineBlock": return .lines(parts.map { inlines($0) })
        case "CodeBlock": return .code(parts.count > 1 ? parts[1] as? String ?? "" : "")
        case "Header":
            guard parts.count == 3, let level = number(parts[0]) else { return .unsupported(kind) }
            return .heading(level: level, content: inlines(parts[2]))
        case "BlockQuote": return .quote(blocks(content))
        case "BulletList": return .bulletList(parts.map { blocks($0) })
        case "OrderedList":
            let start = (parts.first as? [Any])?.first.flatMap({ number($0) }) ?? 1
            let items = parts.count > 1 ? (parts[1] as? [Any] ?? []) : []
            return .orderedList(start: start, items: items.map { blocks($0) })
        case "DefinitionList":
            return .definitions(
                parts.map { item -> PandocBlock.Definition in
                    let pair = item as? [Any] ?? []
                    let definitions = pair.count > 1 ? (pair[1] as? [Any] ?? []) : []
                    return PandocBlock.Definition(
                        term: inlines(pair.first), definitions: definitions.map { blocks($0) })
                })
        case "Table":
            guard let found = table(parts) else { return .unsupported(kind) }
            return .table(found)
        case "Div": return .division(parts.count > 1 ? blocks(parts[1]) : [])
        case "HorizontalRule": return .rule
        case "Null": return .nothing
        default: return .unsupported(kind)
        }
    }

    private static func inline(_ value: Any) -> PandocInline {
        guard let node = value as? [String: Any], let kind = node["t"] as? String else { return .unsupported("?") }
        let content = node["c"]
        let parts = content as? [Any] ?? []
        let second: Any? = parts.count > 1 ? parts[1] : nil
        switch kind {
        case "Str": return .text(content as? String ?? "")
        case "Space": return .space
        case "SoftBreak": return .softBreak
        case "LineBreak": return .lineBreak
        case "Emph": return .emphasis(inlines(content))
        case "Strong": return .strong(inlines(content))
        case "Strikeout": return .struck(inlines(content))
        case "Underline", "Superscript", "Subscript", "SmallCaps": return .plain(inlines(content))
        case "Span", "Cite": return .plain(inlines(second))
        case "Quoted":
            let single = (parts.first as? [String: Any])?["t"] as? String == "SingleQuote"
            let open = PandocInline.text(single ? "\u{2018}" : "\u{201C}")
            let close = PandocInline.text(single ? "\u{2019}" : "\u{201D}")
            return .plain([open] + inlines(second) + [close])
        case "Code": return .code(second as? String ?? "")
        case "Math": return .math(second as? String ?? "")
        case "Link", "Image":
            let target = parts.count > 2 ? (parts[2] as? [Any] ?? []) : []
            let url = target.first as? String ?? ""
            let title = target.count > 1 ? target[1] as? String ?? "" : ""
            if kind == "Link" { return .link(content: inlines(second), target: url) }
            return .image(alt: inlines(second), source: url, title: title)
        case "Note": return .note(blocks(content))
        default: return .unsupported(kind)
        }
    }

    /// `[attr, caption, colspecs, head, bodies, foot]`, where a caption is `[short, blocks]`, a head or foot
    /// `[attr, rows]`, a body `[attr, row head columns, head rows, rows]`, a row `[attr, cells]` and a cell
    /// `[attr, alignment, row span, column span, blocks]`.
    private static func table(_ parts: [Any]) -> PandocTable? {
        guard parts.count == 6 else { return nil }
        let caption = parts[1] as? [Any] ?? []
        let head = parts[3] as? [Any] ?? []
        let foot = parts[5] as? [Any] ?? []
        var rows: [[PandocTable.Cell]] = []
        for entry in parts[4] as? [Any] ?? [] {
            let body = entry as? [Any] ?? []
            guard body.count == 4 else { continue }
            rows += self.rows(body[2]) + self.rows(body[3])
        }
        rows += self.rows(foot.count > 1 ? foot[1] : nil)
        return PandocTable(
            caption: caption.count > 1 ? blocks(caption[1]) : [], header: self.rows(head.count > 1 ? head[1] : nil),
            rows: rows)
    }

    private static func rows(_ value: Any?) -> [[PandocTable.Cell]] {
        (value as? [Any] ?? []).map { entry -> [PandocTable.Cell] in
            let row = entry as? [Any] ?? []
            let cells = row.count > 1 ? (row[1] as? [Any] ?? []) : []
            return cells.map { item -> PandocTable.Cell in
                let cell = item as? [Any] ?? []
                guard cell.count == 5 else { return PandocTable.Cell(blocks: [], columns: 1) }
                return PandocTable.Cell(blocks: blocks(cell[4]), columns: max(1, number(cell[3]) ?? 1))
            }
        }
    }

    /// A JSON number as an integer (JSONSerialization gives `NSNumber`s).
    private static func number(_ value: Any) -> Int? {
        if let value = value as? Int { return value }
        if let value = value as? NSNumber { return value.intValue }
        return nil
    }
}
