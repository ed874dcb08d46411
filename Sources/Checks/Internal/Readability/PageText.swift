import Content
import Diagnostics
import Markdown

/// A page's running text split into sentences once, for all the rules that read it.
struct PageText: Sendable {
    struct Block: Sendable {
        let block: ProseBlock
        let sentences: [Sentence]
    }

    let blocks: [Block]
    let readingAge: ReadingAge

    init(_ page: ContentPage) {
        blocks = page.document.proseBlocks.map { Block(block: $0, sentences: SentenceSplitter.sentences(in: $0)) }
        readingAge = ReadingAge(sentences: blocks.flatMap(\.sentences))
    }

    /// Where a place in a block's text is in the Markdown body: its line, and its column when no markup
    /// comes before it on that line.
    static func position(of index: String.Index, in block: ProseBlock) -> Position {
        let before = block.text[..<index]
        let lines = before.count { $0 == "\n" }
        guard lines > 0, let lastBreak = before.lastIndex(of: "\n") else {
            return Position(line: block.position.line, column: block.position.column + before.count)
        }
        return Position(line: block.position.line + lines, column: 1 + before[before.index(after: lastBreak)...].count)
    }
}

/// A content-quality rule over a page's sentences.
protocol TextRule: Sendable {
    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic]
}
