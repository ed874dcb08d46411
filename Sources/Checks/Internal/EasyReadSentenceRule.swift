import Content
import Diagnostics
import Markdown

/// Easy read: sentences of 15 words or fewer, one idea each.
struct EasyReadSentenceRule: PageRule {
    static let wordLimit = 15

    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .easyRead else { return [] }
        var found: [Diagnostic] = []
        for block in page.document.blocks where block.kind != .preformatted {
            for sentence in Sentences.split(block) where sentence.words > Self.wordLimit {
                found.append(
                    .warning(
                        "this sentence has \(sentence.words) words; easy read needs \(Self.wordLimit) or fewer: \"\(sentence.opening)...\"",
                        at: page.location(Position(line: block.position.line + sentence.lineOffset, column: 1)),
                        hint: "split it into shorter sentences, one idea and one verb each"))
            }
        }
        return found
    }
}

/// The sentences of a block: each with its number of words and the line it starts on.
enum Sentences {
    struct Sentence {
        var words: Int
        /// Lines after the block's first line.
        var lineOffset: Int
        /// The first few words, to find it by.
        var opening: String
    }

    static func split(_ block: TextBlock) -> [Sentence] {
        var sentences: [Sentence] = []
        var current: Sentence?
        for (offset, line) in block.lines.enumerated() {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                if current == nil { current = Sentence(words: 0, lineOffset: offset, opening: "") }
                current?.words += 1
                if let words = current?.words, words <= 6 {
                    current?.opening += (words == 1 ? "" : " ") + word
                }
                if endsSentence(word), let finished = current {
                    sentences.append(finished)
                    current = nil
                }
            }
        }
        if let current { sentences.append(current) }
        return sentences
    }

    /// A word that ends with `.`, `!`, `?` or `:`, perhaps followed by a closing quote or bracket.
    static func endsSentence(_ word: Substring) -> Bool {
        let trimmed = word.reversed().drop { "\"'”’)]".contains($0) }
        guard let last = trimmed.first else { return false }
        return ".!?:".contains(last)
    }
}
