import Diagnostics
import Testing

struct DiagnosticTests {
    @Test func compilerForm() {
        let diagnostic = Diagnostic.error(
            "image has no alt text", at: SourceLocation(path: "Content/guides/complaints.md", line: 14, column: 3),
            hint: "describe the picture")
        #expect(
            diagnostic.formatted
                == "Content/guides/complaints.md:14:3: error: image has no alt text\n  hint: describe the picture")
    }

    @Test func fileOnlyLocation() {
        let diagnostic = Diagnostic.warning("no accessibility statement", at: SourceLocation(path: "Content"))
        #expect(diagnostic.formatted == "Content: warning: no accessibility statement")
    }

    @Test func sortedByPlaceWithoutRepeats() {
        let a = Diagnostic.error("b", at: SourceLocation(path: "a.md", line: 9, column: 1))
        let b = Diagnostic.error("a", at: SourceLocation(path: "a.md", line: 10, column: 1))
        let c = Diagnostic.warning("c", at: SourceLocation(path: "b.md", line: 1, column: 1))
        let list = DiagnosticList([c, b, a, b])
        #expect(list.sorted == [a, b, c])
        #expect(list.errorCount == 3)
        #expect(list.strict().warningCount == 0)
    }

    /// Diagnostics of the same place and message that differ otherwise are all kept, each once, however they came.
    @Test func repeatsAreRemovedAmongOthersOfTheSamePlace() {
        let place = SourceLocation(path: "a.md", line: 3, column: 2)
        let first = Diagnostic.error("no alt text", at: place, hint: "describe the picture")
        let second = Diagnostic.error("no alt text", at: place, hint: "say what it shows")
        let warning = Diagnostic.warning("no alt text", at: place)
        let later = Diagnostic.error("a", at: SourceLocation(path: "a.md", line: 4, column: 1))
        let list = DiagnosticList([first, later, second, warning, first, warning, second, later])
        #expect(list.sorted.count == 4)
        #expect(Set(list.sorted) == [first, second, warning, later])
        #expect(list.sorted.last == later)
    }

    @Test(arguments: [
        ("next_reveiw", "next_review"), ("titel", "title"), ("sumary", "summary"), ("last_review", "last_reviewed"),
    ])
    func suggestsTheNearestKey(typo: String, expected: String) {
        let keys = ["title", "summary", "owner", "last_reviewed", "next_review", "sources"]
        #expect(Suggestion.closest(to: typo, in: keys) == expected)
    }

    @Test func noSuggestionWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "colour", in: ["title", "summary"]) == nil)
        #expect(Suggestion.hint(for: "colour", in: ["a", "b"]) == "use one of `a`, `b`")
    }

    @Test(arguments: [
        ("pals@example\n.nhs.uk", "pals@example\\u{A}.nhs.uk"), ("\u{202E}kcab", "\\u{202E}kcab"),
        ("tab\there", "tab\\u{9}here"), ("plain words", "plain words"), ("اردو \u{200F}", "اردو \\u{200F}"),
        ("delete\u{7F}", "delete\\u{7F}"), ("next\u{85}line", "next\\u{85}line"), ("اردو، Polski", "اردو، Polski"),
    ])
    func controlCharactersAreShownEscapedSoADiagnosticIsTheLinesItSeems(message: String, shown: String) {
        let diagnostic = Diagnostic.error(
            "`email` is \(message)", at: SourceLocation(path: "Content/site.yaml", line: 2, column: 8), hint: message)
        #expect(diagnostic.formatted == "Content/site.yaml:2:8: error: `email` is \(shown)\n  hint: \(shown)")
    }
}
