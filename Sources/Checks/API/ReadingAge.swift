import Content
import Foundation
import Markdown

/// A page's SMOG grade (McLaughlin, 1969), the readability measure the NHS uses.
///
/// Headings and list items count as sentences, as if each ended with a full stop.
public struct ReadingAge: Sendable, Hashable {
    public var sentences: [Sentence]
    public var polysyllableCount: Int
    /// `1.0430 × √(polysyllables × 30 ÷ sentences) + 3.1291`; 0 for a page with no text.
    public var grade: Double

    /// Measures the running text of a document.
    public init(_ blocks: [ProseBlock]) {
        self.init(sentences: blocks.flatMap { SentenceSplitter.sentences(in: $0) })
    }

    init(sentences: [Sentence]) {
        self.sentences = sentences
        polysyllableCount = sentences.reduce(0) { $0 + $1.polysyllableCount }
        grade = Self.grade(polysyllables: polysyllableCount, sentences: sentences.count)
    }

    /// The SMOG grade of the text alone, without keeping its sentences (for the health report of every guide).
    public static func grade(of blocks: [ProseBlock]) -> Double {
        var sentences = 0
        var polysyllables = 0
        for block in blocks {
            let counts = SentenceSplitter.counts(in: block)
            sentences += counts.sentences
            polysyllables += counts.polysyllables
        }
        return grade(polysyllables: polysyllables, sentences: sentences)
    }

    /// The SMOG formula, scaled to any number of sentences.
    public static func grade(polysyllables: Int, sentences: Int) -> Double {
        guard sentences > 0 else { return 0 }
        return 1.0430 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291
    }

    /// The grade to one decimal place, as reports show it.
    public var gradeText: String { Self.text(grade) }

    /// A grade to one decimal place (`12.3`), as C's `printf` writes `%.1f`: the one way a reading age is written.
    ///
    /// Written by the C library directly: Foundation's `String(format:)` costs microseconds, and the health report
    /// writes one for each of 10,000 guides.
    public static func text(_ grade: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 32)
        let count = withVaList([grade]) { vsnprintf(&buffer, buffer.count, "%.1f", $0) }
        guard count > 0, count < buffer.count else { return String(format: "%.1f", grade) }
        return String(decoding: buffer[..<Int(count)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The sentences with the most long words, longest first on a tie, in the order of the page when equal.
    public func hardest(_ count: Int) -> [Sentence] {
        let ranked = sentences.enumerated().sorted { a, b in
            (b.element.polysyllableCount, b.element.wordCount, a.offset) < (
                a.element.polysyllableCount, a.element.wordCount, b.offset
            )
        }
        return ranked.prefix(count).map(\.element).filter { $0.polysyllableCount > 0 }
    }
}
