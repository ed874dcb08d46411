import Markdown
import Testing

@testable import Content

/// A guide's document control: the next free reference, and the fingerprint of its words.
@Suite struct DocumentControlTests {
    @Test(arguments: [
        ([String](), "PALS-001"),
        (["PALS-011"], "PALS-012"),
        (["PALS-009", "PALS-010", "PALS-002"], "PALS-011"),
        (["PALS-9"], "PALS-10"),
        (["PIL-0100", "PALS-002", "PALS-003"], "PALS-004"),
        (["leaflet"], "PALS-001"),
    ])
    func nextReference(references: [String], next: String) {
        #expect(DocumentControl.nextReference(after: references) == next)
    }

    static func page(_ body: String, title: String = "Making a complaint") -> ContentPage {
        ContentPage(
            kind: .guide, sourcePath: "guides/x.md", displayPath: "Content/guides/x.md", urlPath: "guides/x/",
            frontMatter: FrontMatter(title: title, summary: "How to complain."), document: MarkdownRenderer.render(body),
            bodyLineOffset: 0)
    }

    @Test func rewrappingAParagraphKeepsTheFingerprintAndChangingAWordDoesNot() {
        let original = DocumentControl.fingerprint(of: Self.page("Tell us what happened.\nWe will reply.\n"))
        #expect(original.count == 12)
        #expect(original == DocumentControl.fingerprint(of: Self.page("Tell us what  happened. We will\nreply.\n")))
        #expect(original != DocumentControl.fingerprint(of: Self.page("Tell us what happened. We will answer.\n")))
        #expect(
            original
                != DocumentControl.fingerprint(of: Self.page("Tell us what happened.\nWe will reply.\n", title: "Complaints")))
    }
}
