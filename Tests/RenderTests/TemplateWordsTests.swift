import Foundation
import Testing

@testable import Render

/// `{{t.key}}` put into a template's text when it is loaded: escaped, `{name}` made a template tag, and a word a
/// language lacks marked as English where an element may stand.
@Suite struct TemplateWordsTests {
    static let english = Strings(texts: [
        "skip": "Skip to main content", "online": "This page is online at {canonical_url}", "ampersand": "Fish & <chips>",
        "quote": "Say \"hello\" & it's fine", "label": "Other languages", "title": "Page not found",
    ])
    static let polish = Strings(
        texts: [
            "skip": "Przejdź do treści", "online": "Ta strona jest w internecie: {canonical_url}", "ampersand": "Ryba & frytki",
            "quote": "Powiedz \"cześć\"", "label": "Other languages", "title": "Page not found",
        ], fallbacks: ["label", "title"])

    @Test(arguments: [
        ("<a href=\"#main\">{{t.skip}}</a>", "<a href=\"#main\">Skip to main content</a>"),
        ("<p>{{t.online}}</p>", "<p>This page is online at {{canonical_url}}</p>"),
        ("<p>{{t.ampersand}}</p>", "<p>Fish &amp; &lt;chips&gt;</p>"),
        ("<p title=\"{{t.quote}}\">", "<p title=\"Say &quot;hello&quot; &amp; it's fine\">"),
        ("no words here", "no words here"),
        ("{{t.skip}} {{t.skip}}", "Skip to main content Skip to main content"),
        (
            "{{! {{t.skip}} in a comment }}<p>{{t.skip}}</p>",
            "{{! Skip to main content in a comment }}<p>Skip to main content</p>"
        ),
    ])
    func englishWordsAreEscapedAndTheirValuesBecomeTags(template: String, spliced: String) {
        #expect(TemplateWords.splice(template, strings: Self.english) == spliced)
    }

    @Test(arguments: [
        // Running text: the English stand-in is marked.
        ("<p>{{t.label}}</p>", "<p><span lang=\"en\">Other languages</span></p>"),
        // Inside a tag, in <title> or <script>: no element may go there, so the words alone.
        ("<nav aria-label=\"{{t.label}}\">", "<nav aria-label=\"Other languages\">"),
        (
            "<title>{{t.title}}</title><p>{{t.title}}</p>",
            "<title>Page not found</title><p><span lang=\"en\">Page not found</span></p>"
        ),
        ("<script>var a = \"{{t.label}}\";</script>", "<script>var a = \"Other languages\";</script>"),
        // A Mustache parent (`{{<layout}}`) or partial (`{{> header}}`) is no tag.
        ("{{<page-layout}}\n<p>{{t.label}}</p>", "{{<page-layout}}\n<p><span lang=\"en\">Other languages</span></p>"),
        ("{{> layout/header}}{{t.label}}", "{{> layout/header}}<span lang=\"en\">Other languages</span>"),
        // Translated words are not marked.
        ("<p>{{t.skip}}</p>", "<p>Przejdź do treści</p>"),
        ("<p>{{t.online}}</p>", "<p>Ta strona jest w internecie: {{canonical_url}}</p>"),
    ])
    func wordsALanguageLacksAreEnglishMarkedWhereAnElementMayGo(template: String, spliced: String) {
        #expect(TemplateWords.splice(template, strings: Self.polish) == spliced)
    }

    @Test(arguments: ["\n", "\r\n"])
    func keysAreFoundWithTheirLineAndColumn(lineBreak: String) {
        let found = TemplateWords.keys(
            in: ["<p>", "  {{t.skip}} and {{t.online}}", "<p>Zadzwoń {{t.call}}", "</p>"].joined(separator: lineBreak))
        #expect(found.map(\.key) == ["skip", "online", "call"])
        #expect(found.map(\.line) == [2, 2, 3])
        #expect(found.map(\.column) == [3, 18, 12])
    }

    @Test func partialsAndParentsAreFoundWithTheirLine() {
        let found = TemplateSet.references(in: "{{<page-layout}}\r\n{{$main}}\n  {{> layout/header}} {{>  footer }}\n{{/main}}")
        #expect(found.map(\.name) == ["page-layout", "layout/header", "footer"])
        #expect(found.map(\.line) == [1, 3, 3])
    }

    @Test func aTemplateUsingAKeyTheStringsFileLacksIsAnErrorAtItsPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-words-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../..").standardized
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("strings"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("Tests/SiteTests/Fixtures/templates/strings/en.yaml"),
            to: folder.appendingPathComponent("strings/en.yaml"))
        try "<p>\n  {{t.no_such_words}}\n</p>\n".write(
            to: folder.appendingPathComponent("words.mustache"), atomically: true, encoding: .utf8)
        let (_, problems) = TemplateSet.load(from: try TemplateFolder.open(folder.path, defaults: [:]).0, required: [])
        #expect(
            problems.map(\.formatted) == [
                "\(folder.path)/words.mustache:2:3: error: `{{t.no_such_words}}`: `no_such_words` is not in strings/en.yaml\n  hint: add a line `no_such_words: ...` to strings/en.yaml with the words, or correct the key"
            ])
    }
}
