import Content
import Diagnostics

/// Paragraphs of more than 5 sentences are walls of text (the NHS aims for 3 or fewer).
struct ParagraphLengthRule: TextRule {
    static let limit = 5

    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        text.blocks.filter { $0.block.kind == .paragraph && $0.sentences.count > Self.limit }.map { paragraph in
            .warning(
                "this paragraph has \(paragraph.sentences.count) sentences, over the limit of \(Self.limit)",
                at: page.location(paragraph.block.position),
                hint: "break it into paragraphs of 3 sentences or fewer, or make the steps a list")
        }
    }
}
