import TemplateEngine
import Testing

/// `{{=<% %>=}}`: new delimiters to the end of the template (not in its partials), and Render's way of making a
/// rendered text a template that renders as itself.
///
/// Cases from the Mustache spec's delimiters.yml.
struct DelimiterTests {
    static let cases: [RenderCase] = [
        RenderCase("{{=<% %>=}}(<%text%>)", ["text": "Hey!"], expected: "(Hey!)"),
        RenderCase("({{=[ ]=}}[text])", ["text": "It worked!"], expected: "(It worked!)"),
        RenderCase(
            "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n"
                + "{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            ["section": true, "data": "I got interpolated."] as Context,
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        RenderCase(
            "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n"
                + "{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n",
            ["section": false, "data": "I got interpolated."] as Context,
            expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        RenderCase(
            "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", ["value": "yes"], partials: ["include": ".{{value}}."],
            expected: "[ .yes. ]\n[ .yes. ]\n"),
        RenderCase(
            "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n", ["value": "yes"],
            partials: ["include": ".{{value}}. {{= | | =}} .|value|."],
            expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        RenderCase("| {{=@ @=}} |", expected: "|  |"),
        RenderCase(" | {{=@ @=}}\n", expected: " | \n"),
        RenderCase("Begin.\n{{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("Begin.\n  {{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        RenderCase("|\r\n{{= @ @ =}}\r\n|", expected: "|\r\n|"),
        RenderCase("  {{=@ @=}}\n=", expected: "="),
        RenderCase("=\n  {{=@ @=}}", expected: "=\n"),
        RenderCase("|{{= @   @ =}}|", expected: "||"),
        RenderCase("{{=<% %>=}}<%! comment %>x<%#b%>y<%/b%>", ["b": true], expected: "xy"),
        // Render's literal text: delimiters no page has, then the text, which renders as it is. A line break
        // straight after the tag goes, as after any tag alone on its line.
        RenderCase("{{=\u{1} \u{2}=}}<p>{{not a tag}}</p>\n", ["not": "x"], expected: "<p>{{not a tag}}</p>\n"),
        RenderCase("{{=\u{1} \u{2}=}}\n<p>x</p>\n", expected: "<p>x</p>\n"),
        RenderCase(
            "<div>\n  {{> literal}}\n</div>\n", partials: ["literal": "{{=\u{1} \u{2}=}}<p>a</p>\n<p>b</p>\n"],
            expected: "<div>\n  <p>a</p>\n  <p>b</p>\n</div>\n"),
    ]

    @Test(arguments: DelimiterTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
