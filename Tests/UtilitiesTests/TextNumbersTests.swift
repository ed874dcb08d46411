import Testing
import Utilities

/// Texts numbered in the order they are first met, from a start, and a limit past which new ones are not numbered.
struct TextNumbersTests {
    @Test(arguments: [
        (
            0, ["pals", "complaint", "pals", "advocacy", "complaint"], [0, 1, 0, 2, 1] as [UInt32],
            ["pals", "complaint", "advocacy"]
        ),
        (5, ["Zażalenie", "pals", "Zażalenie"], [5, 6, 5], ["Zażalenie", "pals"]),
        (0, [], [], []),
    ])
    func numbersEachTextOnceInOrder(start: Int, texts: [String], numbers: [UInt32], kept: [String]) {
        var numbering = TextNumbers(from: start)
        #expect(texts.map { numbering.number($0) } == numbers)
        #expect(numbering.texts == kept)
    }

    @Test func numbersNoNewTextPastTheLimitButStillKnowsTheOld() {
        var numbering = TextNumbers()
        let number = { (numbering: inout TextNumbers, text: String) -> UInt32? in
            var text = text
            return text.withUTF8 { numbering.number($0, limit: 2) }
        }
        #expect(number(&numbering, "one") == 0)
        #expect(number(&numbering, "two") == 1)
        #expect(number(&numbering, "three") == nil)
        #expect(number(&numbering, "one") == 0)
        #expect(numbering.texts == ["one", "two"])
    }
}
