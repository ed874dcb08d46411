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
        let lineEnd: [UInt8] = [0x0D, 0x0A]
        var file: [UInt8] = []
        file.reserveCapacity(pages.count * (Self.linesPerPage * (Self.cellsPerLine + lineEnd.count) + 1))
        for (index, page) in pages.enumerated() {
            for line in page {
                file.append(contentsOf: line.utf8)
                file.append(contentsOf: lineEnd)
            }
            // Blank lines down to the last, which holds the page number.
            for _ in page.count..<max(page.count, Self.linesPerPage - 1) { file.append(contentsOf: lineEnd) }
            file.append(contentsOf: PageLayout.pageNumberLine(index + 1, width: Self.cellsPerLine).utf8)
            file.append(contentsOf: lineEnd)
            if index < pages.count - 1 { file.append(0x0C) }
        }
        return String(decoding: file, as: UTF8.self)
    }
}
