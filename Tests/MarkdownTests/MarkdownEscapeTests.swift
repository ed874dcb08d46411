import Testing

@testable import Markdown

/// `MarkdownEscape.text`: what gets a backslash, and that CommonMark reads the result back as the same words.
struct MarkdownEscapeTests {
    static let cases: [(String, String)] = [
        ("Plain words, nothing to escape.", "Plain words, nothing to escape."),
        ("Call us now! It's free.", "Call us now! It's free."),
        ("2 * 3 = 6", "2 \\* 3 = 6"),
        ("snake_case and __init__", "snake\\_case and \\_\\_init\\_\\_"),
        ("a \\ backslash and C:\\Users\\pals", "a \\\\ backslash and C:\\\\Users\\\\pals"),
        ("`code` and ``more``", "\\`code\\` and \\`\\`more\\`\\`"),
        ("[not a link](https://example.com)", "\\[not a link\\](https://example.com)"),
        ("![not a picture](x.png)", "!\\[not a picture\\](x.png)"),
        ("<b>not bold</b> and <https://example.com>", "\\<b>not bold\\</b> and \\<https://example.com>"),
        ("a > b and a < b", "a > b and a \\< b"),
        ("> not a quote", "\\> not a quote"),
        ("# not a heading", "\\# not a heading"),
        ("#hashtag", "\\#hashtag"),
        ("Room #3", "Room #3"),
        ("Call #", "Call \\#"),
        ("- not a list", "\\- not a list"),
        ("+ not a list", "\\+ not a list"),
        ("* not a list", "\\* not a list"),
        ("1. not a list", "1\\. not a list"),
        ("2) not a list", "2\\) not a list"),
        ("1.5 litres", "1.5 litres"),
        ("2026. A year", "2026\\. A year"),
        ("1234567890. too long for a list", "1234567890. too long for a list"),
        ("---", "\\---"),
        ("***", "\\*\\*\\*"),
        ("___", "\\_\\_\\_"),
        ("===", "\\==="),
        ("~~~", "\\~~~"),
        ("~ about 5 minutes", "~ about 5 minutes"),
        ("Fish & chips", "Fish & chips"),
        ("&amp; is an entity", "\\&amp; is an entity"),
        ("&#38; and &#x26;", "\\&#38; and \\&#x26;"),
        ("AT&T;", "AT\\&T;"),
        ("line one\n- line two", "line one\n\\- line two"),
        ("first\n1. second\n# third\n> fourth", "first\n1\\. second\n\\# third\n\\> fourth"),
        ("title\n===", "title\n\\==="),
        ("title\n---", "title\n\\---"),
        ("a\\\nb", "a\\\\\nb"),
        ("ends with a backslash\\", "ends with a backslash\\\\"),
        ("\"quoted\" and 'single'", "\"quoted\" and 'single'"),
        (
            "100% (about) {braces} | pipes | ~tilde~ ^caret^ $dollar @at",
            "100% (about) {braces} | pipes | ~tilde~ ^caret^ $dollar @at"
        ),
        ("https://www.nhs.uk/ and www.nhs.uk", "https://www.nhs.uk/ and www.nhs.uk"),
        ("**bold** _italic_", "\\*\\*bold\\*\\* \\_italic\\_"),
        ("[ref]: https://example.com", "\\[ref\\]: https://example.com"),
    ]

    @Test(arguments: MarkdownEscapeTests.cases)
    func escapes(text: String, escaped: String) {
        #expect(MarkdownEscape.text(text) == escaped)
    }

    @Test(arguments: MarkdownEscapeTests.cases)
    func readsBackAsTheSameWords(text: String, escaped: String) {
        let html = MarkdownRenderer.render(MarkdownEscape.text(text), options: .commonMark).html
        #expect(html == "<p>" + Self.htmlText(text) + "</p>\n")
    }

    @Test(arguments: [
        ("Call #", "## Call #"),
        ("Room #3 ##", "## Room #3 ##"),
        ("1. Sign in", "## 1. Sign in"),
    ])
    func headingTextStaysWhole(text: String, shown: String) {
        let html = MarkdownRenderer.render("## " + MarkdownEscape.text(text), options: .commonMark).html
        #expect(html == "<h2>" + Self.htmlText(String(shown.dropFirst(3))) + "</h2>\n")
    }

    @Test func textAfterOtherTextKeepsItsSpacesAndLineStartCharacters() {
        #expect(MarkdownEscape.text(" - 1. and # more", startsLine: false) == " - 1. and # more")
        #expect(MarkdownEscape.text("- x", startsLine: false) == "- x")
        #expect(MarkdownEscape.text("a\n- b", startsLine: false) == "a\n\\- b")
    }

    @Test func linesAreWhatAParagraphMakesOfThem() {
        #expect(MarkdownEscape.text("    indented\r\nnext  \r\n\n  last") == "indented\nnext\nlast")
        #expect(MarkdownEscape.text("") == "")
        #expect(MarkdownEscape.text("one\n") == "one")
    }

    /// Text as libcmark writes it in HTML.
    static func htmlText(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;")
    }
}
