import Testing
import Utilities

/// An ASCII needle found by its bytes: where it first comes (the characters before it), and the bytes it covers.
struct ASCIISearchTests {
    @Test(arguments: [
        ("<p>{{t.skip}}</p>", "{{t.", 3),
        ("{{t.skip}}", "{{t.", 0),
        ("Zadzwoń {{t.call}}", "{{t.", 8),
        // A partial match, then the whole one.
        ("{{ {{t.a}}", "{{t.", 3),
        ("{}}", "}}", 1),
        // A combining mark after the match makes one character of the brace and the mark: still found.
        ("a}}\u{301}", "}}", 1),
    ])
    func findsTheFirstPlace(text: String, needle: String, charactersBefore: Int) throws {
        let range = try #require(text.firstRange(ofASCII: needle))
        #expect(text.distance(from: text.startIndex, to: range.lowerBound) == charactersBefore)
        #expect(Array(text.utf8[range]) == Array(needle.utf8))
    }

    @Test(arguments: [
        ("no tags here", "{{t."),
        ("{{t", "{{t."),
        ("", "}}"),
        ("}", "}}"),
        // The first byte near the end, the rest of the needle past it.
        ("a{{t", "{{t."),
        ("a}", "}}"),
    ])
    func findsNothingWhereItIsNot(text: String, needle: String) {
        #expect(text.firstRange(ofASCII: needle) == nil)
    }

    @Test func neverMatchesPastTheSubstringsEnd() {
        let text = "x}}"
        #expect(text.dropLast().firstRange(ofASCII: "}}") == nil)
        #expect(text.dropLast()[...].firstRange(ofASCII: "}") != nil)
    }

    @Test func searchesOnlyTheSubstring() throws {
        let text = "{{t.a}} and {{t.b}}"
        let rest = text[text.index(text.startIndex, offsetBy: 2)...]
        let range = try #require(rest.firstRange(ofASCII: "{{t."))
        #expect(text[range.upperBound...].hasPrefix("b}}"))
    }
}
