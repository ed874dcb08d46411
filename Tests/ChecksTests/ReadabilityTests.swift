import Foundation
import Markdown
import Testing

@testable import Checks

/// The SMOG grade (McLaughlin, G.
///
/// H. (1969), "SMOG grading: a new readability formula", Journal of Reading 12(8), 639–646): `1.0430 × √(polysyllables
/// × 30 ÷ sentences) + 3.1291`, checked against published worked examples.
@Suite struct ReadabilityTests {
    /// Worked examples of the formula from its counts, from the tests of the `smog-formula` package
    /// (github.com/words/smog-formula, test.js): 1 sentence and no polysyllables is 3.1291; 1 sentence and 4 is
    /// 14.554593.
    @Test(arguments: [
        (sentences: 1, polysyllables: 0, grade: 3.1291),
        (sentences: 1, polysyllables: 4, grade: 14.554593),
    ])
    func formula(sentences: Int, polysyllables: Int, grade: Double) {
        #expect(abs(ReadingAge.grade(polysyllables: polysyllables, sentences: sentences) - grade) < 0.000_001)
    }

    /// A grade is written to one decimal place as `printf`'s `%.1f` writes it, halves included (7.25 is exactly
    /// representable and rounds to even; 7.05 is just below its half).
    @Test(arguments: [
        (0, "0.0"), (3.1291, "3.1"), (7.25, "7.2"), (7.35, "7.3"), (7.05, "7.0"), (0.05, "0.1"), (11.855464076750408, "11.9"),
        (12.95, "12.9"), (19.99, "20.0"), (1_000_000.04, "1000000.0"),
    ])
    func gradesAreWrittenToOnePlace(grade: Double, text: String) {
        #expect(ReadingAge.text(grade) == text)
        #expect(ReadingAge.text(grade) == String(format: "%.1f", grade))
    }

    /// A passage of R.
    ///
    /// L. Stevenson's "On some technical elements of style in literature" with its published SMOG grade,
    /// 11.855464076750408, from Voyant Tools' test (github.com/voyanttools/trombone,
    /// src/test/java/org/voyanttools/trombone/model/SMOGIndexTest.java): 6 sentences, 14 polysyllables.
    @Test func stevensonPassage() {
        let text = """
            The rule of rhythm in prose is not so intricate. Here, too, we write in groups, or phrases, as I prefer to \
            call them, for the prose phrase is greatly longer and is much more nonchalantly uttered than the group in \
            verse; so that not only is there a greater interval of continuous sound between the pauses, but, for that \
            very reason, word is linked more readily to word by a more summary enunciation. Still, the phrase is the \
            strict analogue of the group, and successive phrases, like successive groups, must differ openly in length \
            and rhythm. The rule of scansion in verse is to suggest no measure but the one in hand; in prose, to suggest \
            no measure at all. Prose must be rhythmical, and it may be as much so as you will; but it must not be \
            metrical. It may be anything, but it must not be verse.
            """
        let age = ReadingAge([ProseBlock(kind: .paragraph, text: text, position: Position(line: 1, column: 1))])
        #expect(age.sentences.count == 6)
        #expect(age.polysyllableCount == 14)
        #expect(abs(age.grade - 11.855464076750408) < 0.000_000_1)
        #expect(
            ReadingAge.grade(of: [ProseBlock(kind: .paragraph, text: text, position: Position(line: 1, column: 1))]) == age.grade)
    }

    @Test(arguments: [
        ("the", 1), ("rhythm", 1), ("phrases", 2), ("uttered", 2), ("table", 2), ("whole", 1), ("people", 2),
        ("linked", 1), ("needed", 2), ("intricate", 3), ("readily", 3), ("openly", 3), ("anything", 3),
        ("enunciation", 4), ("medium", 3), ("period", 3), ("nation", 2), ("special", 2), ("appointment", 3),
        ("hospital", 3), ("complaint", 2), ("information", 4), ("patient", 2), ("advocacy", 4), ("follow-up", 3),
    ])
    func syllables(word: String, count: Int) {
        #expect(Syllables.count(word) == count)
    }

    /// Headings and list items are sentences without full stops (the NHS adds them before scoring).
    ///
    /// "e.g. a" does not end a sentence; each sentence keeps the line it starts on.
    @Test func sentences() {
        let heading = ProseBlock(kind: .heading, text: "What happens next", position: Position(line: 3, column: 1))
        #expect(SentenceSplitter.sentences(in: heading).map(\.text) == ["What happens next"])
        let paragraph = ProseBlock(
            kind: .paragraph, text: "Bring a list, e.g. of medicines.\nCall us! Is it urgent? Yes.",
            position: Position(line: 7, column: 1))
        let found = SentenceSplitter.sentences(in: paragraph)
        #expect(found.map(\.text) == ["Bring a list, e.g. of medicines.", "Call us!", "Is it urgent?", "Yes."])
        #expect(found.map(\.line) == [7, 8, 8, 8])
        #expect(found.map(\.wordCount) == [6, 2, 3, 1])
        #expect(Words.split("Call 020 7946 0000, e.g. today").count == 6)
    }

    /// Counting a block's sentences and long words gives what splitting it into sentences gives, on texts made of the
    /// pieces that decide where a sentence ends: marks inside and after words, quotes and brackets after them, letters
    /// beyond ASCII, numbers, line breaks and runs of spaces, at the start and end of the text and eight bytes apart.
    @Test func countingAgreesWithSplitting() {
        let pieces = [
            "Word", "word", "advocacy", "information", " ", "  ", "\n", "\t", ".", "!", "?", "...", "e.g.", "x.y", "12.5",
            "\"", "'", ")", "]", "\u{201D}", "\u{2019}", "é", "Zażółć", "-", "follow-up", ". ", "! ", "? ", ".\u{201D} ",
            ".) ", "?' ", ". a", ". A", "\r\n",
        ]
        var state: UInt64 = 0x5E17
        func next(_ bound: Int) -> Int {  // SplitMix64: the same texts on every run
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((value ^ (value >> 31)) % UInt64(bound))
        }
        var texts = ["", " ", ".", ". .", "A. B", "It ends here. ", "Eight b. Then this one! And? Yes.\u{201D} Done"]
        for _ in 0..<3000 { texts.append((0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()) }
        for text in texts {
            let block = ProseBlock(kind: .paragraph, text: text, position: Position(line: 1, column: 1))
            let split = SentenceSplitter.sentences(in: block)
            let counts = SentenceSplitter.counts(in: block)
            #expect(counts.sentences == split.count, "\(text.debugDescription)")
            #expect(counts.polysyllables == split.reduce(0) { $0 + $1.polysyllableCount }, "\(text.debugDescription)")
        }
    }

    @Test func theHardestSentencesComeFirst() {
        let block = ProseBlock(
            kind: .paragraph,
            text: "We can help. An independent advocacy organisation can help. Ask the hospital.",
            position: Position(line: 1, column: 1))
        let age = ReadingAge([block])
        #expect(age.hardest(3).map(\.text) == ["An independent advocacy organisation can help.", "Ask the hospital."])
    }
}
