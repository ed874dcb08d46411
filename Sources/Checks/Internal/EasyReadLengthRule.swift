import Content
import Diagnostics
import Markdown

/// Easy read: at most 24 printed pages.
///
/// The length is estimated from the easy-read leaflet's layout (A4, 16 pt text on 24 pt lines, a picture 30 mm high
/// beside each row), so it is known before printing.
struct EasyReadLengthRule: PageRule {
    static let pageLimit = 24

    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .easyRead else { return [] }
        let pages = Self.estimatedPages(page.document.blocks)
        guard pages > Self.pageLimit else { return [] }
        return [
            .warning(
                "this easy-read guide would print on about \(pages) pages; easy read should be \(Self.pageLimit) or fewer",
                at: page.fileLocation,
                hint: "split it into two or more easy-read guides, each about one thing")
        ]
    }

    /// Millimetres: the A4 page less its margins, a line of 16 pt text at 1.5 spacing, a row's picture,
    /// the space after each block, the title and the other-formats block that every leaflet has.
    static let pageHeight = 257.0, lineHeight = 8.5, pictureHeight = 30.0, gap = 6.0, furniture = 140.0
    /// Characters a line in the words column beside the pictures.
    static let charactersPerLine = 45

    static func estimatedPages(_ blocks: [TextBlock]) -> Int {
        var height = furniture
        for block in blocks {
            let lines = Double(max(1, (block.text.count + charactersPerLine - 1) / charactersPerLine))
            let textHeight = lines * lineHeight * (block.kind == .heading(level: 2) ? 1.5 : 1)
            height += (block.picture == nil ? textHeight : max(textHeight, pictureHeight)) + gap
        }
        return Int((height / pageHeight).rounded(.up))
    }
}
