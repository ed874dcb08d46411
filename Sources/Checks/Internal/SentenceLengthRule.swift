import Content
import Diagnostics

/// Sentences of more than 25 words are hard to follow (the NHS aims for 20 or fewer).
struct SentenceLengthRule: TextRule {
    static let limit = 25

    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        text.blocks.flatMap(\.sentences).filter { $0.wordCount > Self.limit }.map { sentence in
            .warning(
                "this sentence is \(sentence.wordCount) words long, over the limit of \(Self.limit)",
                at: page.location(.init(line: sentence.line, column: sentence.column)),
                hint:
                    "split \"\(ReadingAgeRule.shortened(sentence.text))\" into shorter sentences, one idea each; the NHS aims for 20 words or fewer"
            )
        }
    }
}
