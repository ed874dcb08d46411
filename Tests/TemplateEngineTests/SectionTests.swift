import TemplateEngine
import Testing

/// `{{#name}}` and `{{^name}}`: what is true and false, lists, the contexts pushed, and standalone lines.
///
/// Cases from the Mustache spec's sections.yml and inverted.yml, and swift-mustache's own rules.
struct SectionTests {
    static let cases: [RenderCase] = [
        RenderCase("\"{{#b}}This should be rendered.{{/b}}\"", ["b": true], expected: "\"This should be rendered.\""),
        RenderCase("\"{{#b}}This should not be rendered.{{/b}}\"", ["b": false], expected: "\"\""),
        RenderCase("[{{#missing}}Found key 'missing'!{{/missing}}]", expected: "[]"),
        RenderCase("\"{{#context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]], expected: "\"Hi Joe.\""),
        RenderCase(
            "\"{{#sec}}{{a}}, {{b}}, {{c.d}}{{/sec}}\"",
            ["a": "foo", "b": "wrong", "sec": ["b": "bar"], "c": ["d": "baz"]] as Context,
            expected: "\"foo, bar, baz\""),
        RenderCase("\"{{#foo}}{{.}} is {{foo}}{{/foo}}\"", ["foo": "bar"], expected: "\"bar is bar\""),
        // What is true in swift-mustache: anything found but `false` and an empty list.
        RenderCase("[{{#s}}yes:{{.}}{{/s}}]", ["s": ""], expected: "[yes:]"),
        RenderCase("[{{#n}}yes:{{.}}{{/n}}]", ["n": 0], expected: "[yes:0]"),
        RenderCase("[{{#d}}yes{{/d}}]", ["d": Context()], expected: "[yes]"),
        RenderCase("[{{#l}}yes{{/l}}]", ["l": [String]()], expected: "[]"),
        RenderCase("[{{#l}}yes{{/l}}]", ["l": [Any]()], expected: "[]"),
        RenderCase("\"{{#section}}foo{{/section}}\"", ["section": "123"], expected: "\"foo\""),
        RenderCase("[{{#n}}yes{{/n}}]", ["n": String?.none as Any], expected: nil),
        RenderCase("[{{#b}}yes{{/b}}]", ["b": Bool?.some(false) as Any], expected: nil),
        // Lists: each item pushed.
        RenderCase("\"{{#list}}{{item}}{{/list}}\"", ["list": [["item": 1], ["item": 2], ["item": 3]]], expected: "\"123\""),
        RenderCase(
            "{{#items}}<li>{{title}}</li>{{/items}}", ["items": [["title": "A"], ["title": "B & C"]]],
            expected: "<li>A</li><li>B &amp; C</li>"),
        RenderCase(
            "{{#items}}<li>{{title}}</li>{{/items}}", ["items": [["title": "A"] as Context, ["title": "B"] as Context]],
            expected: "<li>A</li><li>B</li>"),
        RenderCase(
            "{{#list}}{{a}}{{/list}}", ["a": "x", "list": [["z": "y"], ["z": "y"]]] as Context, expected: "xx"),
        RenderCase("\"{{#list}}({{.}}){{/list}}\"", ["list": [1, 2, 3]], expected: "\"(1)(2)(3)\""),
        RenderCase("\"{{#list}}({{.}}){{/list}}\"", ["list": [1.10, 2.20, 3.30]], expected: "\"(1.1)(2.2)(3.3)\""),
        RenderCase(
            "\"{{#list}}({{#.}}{{.}}{{/.}}){{/list}}\"", ["list": [[1, 2, 3], ["a", "b", "c"]] as [Any]],
            expected: "\"(123)(abc)\""),
        RenderCase("{{#list}}[{{.}}]{{/list}}", ["list": ["a", 1, true] as [Any]], expected: "[a][1][true]"),
        RenderCase("{{#list}}{{.}},{{/list}}", ["list": Set(["only"])], expected: "only,"),
        RenderCase(
            "{{#tops}}{{#middles}}{{tname.lower}}{{mname}}.{{#bottoms}}{{tname.upper}}{{mname}}{{bname}}.{{/bottoms}}"
                + "{{/middles}}{{/tops}}",
            [
                "tops": [
                    [
                        "tname": ["upper": "A", "lower": "a"],
                        "middles": [["mname": "1", "bottoms": [["bname": "x"], ["bname": "y"]]] as Context],
                    ] as Context
                ]
            ],
            expected: "a1.A1x.A1y."),
        // Nesting and dotted names.
        RenderCase("| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", ["bool": true], expected: "| A B C D E |"),
        RenderCase("| A {{#bool}}B {{#bool}}C{{/bool}} D{{/bool}} E |", ["bool": false], expected: "| A  E |"),
        RenderCase("\"{{#a.b.c}}Here{{/a.b.c}}\"", ["a": ["b": ["c": true]]], expected: "\"Here\""),
        RenderCase("\"{{#a.b.c}}Here{{/a.b.c}}\"", ["a": ["b": ["c": false]]], expected: "\"\""),
        RenderCase("\"{{#a.b.c}}Here{{/a.b.c}}\"", ["a": Context()], expected: "\"\""),
        // Inverted sections.
        RenderCase("\"{{^b}}This should be rendered.{{/b}}\"", ["b": false], expected: "\"This should be rendered.\""),
        RenderCase("\"{{^b}}This should not be rendered.{{/b}}\"", ["b": true], expected: "\"\""),
        RenderCase("[{{^missing}}missing{{/missing}}]", expected: "[missing]"),
        RenderCase("[{{^s}}no{{/s}}]", ["s": ""], expected: "[]"),
        RenderCase("[{{^n}}no{{/n}}]", ["n": 0], expected: "[]"),
        RenderCase("\"{{^list}}Yay lists!{{/list}}\"", ["list": [String]()], expected: "\"Yay lists!\""),
        RenderCase("\"{{^list}}Yay lists!{{/list}}\"", ["list": ["x"]], expected: "\"\""),
        RenderCase("{{^list}}[{{.}}]{{/list}}", ["list": [String]()], expected: "[[]]"),
        RenderCase("[{{^n}}no{{/n}}]", ["n": String?.none as Any], expected: nil),
        RenderCase("[{{#b}}yes{{/b}}{{^b}}no{{/b}}]", ["b": true], expected: "[yes]"),
        // White space.
        RenderCase(" | {{#b}}\t|\t{{/b}} | \n", ["b": true], expected: " | \t|\t | \n"),
        RenderCase(" | {{#b}} {{! Important Whitespace }}\n {{/b}} | \n", ["b": true], expected: " |  \n  | \n"),
        RenderCase(" {{#b}}YES{{/b}}\n {{#b}}GOOD{{/b}}\n", ["b": true], expected: " YES\n GOOD\n"),
        RenderCase("| This Is\n{{#b}}\n|\n{{/b}}\n| A Line\n", ["b": true], expected: "| This Is\n|\n| A Line\n"),
        RenderCase("| This Is\n  {{#b}}\n|\n  {{/b}}\n| A Line\n", ["b": true], expected: "| This Is\n|\n| A Line\n"),
        RenderCase("| This Is\n  {{^b}}\n|\n  {{/b}}\n| A Line\n", ["b": false], expected: "| This Is\n|\n| A Line\n"),
        RenderCase("|\r\n{{#b}}\r\n{{/b}}\r\n|", ["b": true], expected: "|\r\n|"),
        RenderCase("  {{#b}}\n#{{/b}}\n/", ["b": true], expected: "#\n/"),
        RenderCase("#{{#b}}\n/\n  {{/b}}", ["b": true], expected: "#\n/\n"),
        RenderCase("|{{# b }}={{/ b }}|", ["b": true], expected: "|=|"),
        RenderCase(
            "{{#b}}\n* first\n{{/b}}\n* {{two}}\n{{#b}}\n* third\n{{/b}}\n", ["b": true, "two": "second"] as Context,
            expected: "* first\n* second\n* third\n"),
        RenderCase(
            "{{#a}}\n{{one}}\n{{#b}}\n{{one}}{{two}}{{one}}\n{{/b}}\n{{/a}}\n", ["a": ["one": 1], "b": ["two": 2]],
            expected: "1\n121\n"),
        // swift-mustache's own: after an opening tag alone on its line, the line of its closing tag counts as a new
        // line, so a comment after the closing tag there stands alone and takes the line break with it.
        RenderCase("{{#a}}\nx{{/a}}{{! c }}\ny\n", ["a": true], expected: "xy\n"),
    ]

    @Test(arguments: SectionTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
