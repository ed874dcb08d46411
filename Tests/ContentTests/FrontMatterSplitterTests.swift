import Testing

@testable import Content

struct FrontMatterSplitterTests {
    func split(_ text: String) -> Result<FrontMatterSplitter.Parts, FrontMatterSplitter.Failure> {
        FrontMatterSplitter.split(Array(text.utf8))
    }

    @Test(arguments: [
        ("---\ntitle: A\n---\nBody\n", "title: A\n", "Body\n", 3),
        ("---\r\ntitle: A\r\n---\r\nBody", "title: A\r\n", "Body", 3),
        ("\u{FEFF}---\ntitle: A\nsummary: B\n---  \n\n## H\n", "title: A\nsummary: B\n", "\n## H\n", 4),
        ("---\n---\n", "", "", 2),
    ])
    func splits(text: String, yaml: String, body: String, offset: Int) throws {
        let parts = try split(text).get()
        #expect(parts.yaml == yaml)
        #expect(parts.body == body)
        #expect(parts.bodyLineOffset == offset)
    }

    @Test func missingAndUnclosed() {
        #expect(throws: FrontMatterSplitter.Failure.missing) { try split("# Title\n").get() }
        #expect(throws: FrontMatterSplitter.Failure.missing) { try split("").get() }
        #expect(throws: FrontMatterSplitter.Failure.unclosed) { try split("---\ntitle: A\n").get() }
        #expect(throws: FrontMatterSplitter.Failure.missing) { try split("----\ntitle: A\n---\n").get() }
    }
}
