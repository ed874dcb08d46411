/// A document as a braille-ready file for an embosser: UEB grade 2 in braille ASCII (`.brf`),
/// pages of 25 lines of 40 cells, the braille page number at the right of the last line of each page.
public struct BrailleDocument: Sendable {
    /// Cells a line, lines a page (the last holds the page number).
    public static let cellsPerLine = 40
    public static let linesPerPage = 25

    /// The pages, each a list of lines without their line endings.
    public let pages: [[String]]

    /// Translates and lays out the blocks; nil when liblouis cannot load its tables.
    public init?(_ blocks: [BrailleBlock]) {
        guard let braille = BrailleTranslator.translate(blocks.map(\.text)) else { return nil }
        var layout = PageLayout(width: Self.cellsPerLine, textLines: Self.linesPerPage - 1)
        for (block, text) in zip(blocks, braille) where !text.isEmpty {
            layout.add(block.style, text)
        }
        pages = layout.finished()
    }

    /// The `.brf` file: lines end in CR LF, and each page but the last ends in a form feed.
    public var brf: String {
        var file = ""
        for (index, page) in pages.enumerated() {
            var lines = page
            while lines.count < Self.linesPerPage - 1 { lines.append("") }
            lines.append(PageLayout.pageNumberLine(index + 1, width: Self.cellsPerLine))
            file += lines.joined(separator: "\r\n") + "\r\n"
            if index < pages.count - 1 { file += "\u{0C}" }
        }
        return file
    }
}
