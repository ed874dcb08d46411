import Content
import Diagnostics

/// A guide's SMOG grade should be at most the site's `reading_age_limit` (11 unless set; the NHS aims for 9 to 11).
struct ReadingAgeRule: TextRule {
    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        let limit = context.config.readingAgeLimit
        guard page.kind == .guide, text.readingAge.grade > Double(limit) else { return [] }
        let hardest = text.readingAge.hardest(3).map { sentence in
            "line \(page.location(.init(line: sentence.line, column: sentence.column)).line): \"\(Self.shortened(sentence.text))\" "
                + "(\(sentence.polysyllableCount) long word\(sentence.polysyllableCount == 1 ? "" : "s"))"
        }
        return [
            .warning(
                "the reading age (SMOG grade) is \(text.readingAge.gradeText), above the limit of \(limit)",
                at: page.fileLocation,
                hint: "use shorter, everyday words and shorter sentences; the hardest sentences are "
                    + hardest.joined(separator: "; "))
        ]
    }

    /// The first 12 words, and an ellipsis if there are more.
    static func shortened(_ sentence: String) -> String {
        let words = sentence.split(separator: " ")
        return words.count <= 12 ? sentence : words.prefix(12).joined(separator: " ") + " …"
    }
}
