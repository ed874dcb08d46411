import Content
import Diagnostics

/// Long sentences are hard to follow: the NHS content guide asks for 20 words or fewer (`sentence_word_limit` in
/// site.yaml).
struct SentenceLengthRule: TextRule {
    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        let limit = context.config.sentenceWordLimit
        return text.blocks.flatMap(\.sentences).filter { $0.wordCount > limit }.map { sentence in
            .warning(
                "this sentence is \(sentence.wordCount) words long, over the limit of \(limit)",
                at: page.location(.init(line: sentence.line, column: sentence.column)),
                hint:
                    "split \"\(ReadingAgeRule.shortened(sentence.text))\" into shorter sentences, one idea each (the limit is `sentence_word_limit` in site.yaml)"
            )
        }
    }
}
