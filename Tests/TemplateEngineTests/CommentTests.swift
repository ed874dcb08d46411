import TemplateEngine
import Testing

/// `{{! comments }}`, pragmas, and lines that render nothing.
///
/// Cases from the Mustache spec's comments.yml, and swift-mustache's own rules at the end of the text.
struct CommentTests {
    static let cases: [RenderCase] = [
        RenderCase("12345{{! Comment Block! }}67890", expected: "1234567890"),
        RenderCase("12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
        RenderCase("Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("|\r\n{{! Standalone Comment }}\r\n|", expected: "|\r\n|"),
        RenderCase("  {{! I'm Still Standalone }}\n!", expected: "!"),
        RenderCase("!\n  {{! I'm Still Standalone }}", expected: "!\n"),
        RenderCase("Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("  12 {{! 34 }}\n", expected: "  12 \n"),
        RenderCase("12345 {{! Comment Block! }} 67890", expected: "12345  67890"),
        RenderCase("{{! a } b }}x", expected: "x"),
        RenderCase("  {{! c }}{{a}}\n", ["a": "x"], expected: "  x\n"),
        RenderCase("{{! site-wide: rendered once a build }}\n<p>{{a}}</p>\n", ["a": "x"], expected: "<p>x</p>\n"),
        // Pragmas: Render puts one in front of every template; it renders nothing, and its line goes.
        RenderCase("{{% CONTENT_TYPE: SIGNPOST_HTML }}\n<p>{{a}}</p>\n", ["a": "<&>"], expected: "<p>&lt;&amp;&gt;</p>\n"),
        RenderCase("{{%CONTENT_TYPE:HTML}}\n{{a}}", ["a": "'"], expected: "&#39;"),
        RenderCase("a {{% CONTENT_TYPE: HTML }} b", expected: "a  b"),
        // swift-mustache drops spaces and tabs after the last line break, and a tag followed by spaces and then the
        // end of the text does not stand alone.
        RenderCase("a\n  ", expected: "a\n"),
        RenderCase(" \t ", expected: ""),
        RenderCase("a\n  b", expected: "a\n  b"),
        RenderCase("a\n{{! c }}  ", expected: "a\n  "),
        RenderCase("a\n{{! c }}", expected: "a\n"),
        // An opening delimiter right before a line break is dropped.
        RenderCase("a{{\nb", expected: "a\nb"),
        RenderCase("a { b } c {", expected: nil),
    ]

    @Test(arguments: CommentTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
