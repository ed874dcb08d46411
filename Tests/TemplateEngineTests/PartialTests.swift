import TemplateEngine
import Testing

/// `{{>name}}`: other templates in the current context, indented when the tag stands alone on its line.
///
/// Cases from the Mustache spec's partials.yml and swift-mustache's PartialTests, and its way of indenting lists.
struct PartialTests {
    static let cases: [RenderCase] = [
        RenderCase("\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
        RenderCase("\"{{>text}}\"", expected: "\"\""),
        RenderCase("\"{{>partial}}\"", ["text": "content"], partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
        RenderCase(
            "{{>node}}", ["content": "X", "nodes": [["content": "Y", "nodes": [Any]()] as Context]] as Context,
            partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
        RenderCase("| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
        RenderCase("  {{data}}  {{> partial}}\n", ["data": "|"], partials: ["partial": ">\n>"], expected: "  |  >\n>\n"),
        RenderCase("|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
        RenderCase("  {{>partial}}\n>", partials: ["partial": ">\n>"], expected: "  >\n  >>"),
        RenderCase(">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
        RenderCase(
            "\\\n {{>partial}}\n/\n", ["content": "<\n->"], partials: ["partial": "|\n{{{content}}}a b{{{content}}}c\n|\n"],
            expected: "\\\n |\n <\n->a b<\n->c\n |\n/\n"),
        RenderCase("|{{> partial }}|", ["boolean": true], partials: ["partial": "[]"], expected: "|[]|"),
        RenderCase(
            "<nav>\n    {{> layout/crumbs}}\n</nav>\n", partials: ["layout/crumbs": "<a>\n<b>\n"],
            expected: "<nav>\n    <a>\n    <b>\n</nav>\n"),
        RenderCase(
            "<h2>Names</h2>\n{{#names}}\n    {{> us/er}}\n{{/names}}", ["names": ["john", "adam", "claire"]],
            partials: ["us/er": "<strong>{{.}}</strong>\n"],
            expected: "<h2>Names</h2>\n    <strong>john</strong>\n    <strong>adam</strong>\n    <strong>claire</strong>\n"),
        RenderCase(
            "{{> withNewLine }}\n>> {{> withNewLine }}\n[ {{> withNewLine }} ]", ["things": [1, 2, 3, 4, 5]],
            partials: ["withNewLine": "{{#things}}{{.}}, {{/things}}\n"],
            expected: "1, 2, 3, 4, 5, \n>> 1, 2, 3, 4, 5, \n\n[ 1, 2, 3, 4, 5, \n ]"),
        RenderCase(
            "{{> withoutNewLine }}\n>> {{> withoutNewLine }}\n[ {{> withoutNewLine }} ]", ["things": [1, 2, 3, 4, 5]],
            partials: ["withoutNewLine": "{{#things}}{{.}}, {{/things}}"],
            expected: "1, 2, 3, 4, 5, >> 1, 2, 3, 4, 5, \n[ 1, 2, 3, 4, 5,  ]"),
        RenderCase("Hello {{>*dynamic}}", ["dynamic": "world"], partials: ["world": "everyone!"], expected: "Hello everyone!"),
        RenderCase("Hello {{>*dynamic}}", ["dynamic": 3], partials: ["3": "three"], expected: "Hello "),
        // swift-mustache indents a partial's lines only within each of its own renders: a list inside an indented
        // partial has the first line of its first item indented by the text before the tag, and the first line of
        // each later item not at all.
        RenderCase(
            "<ul>\n  {{> items}}\n</ul>\n", ["list": ["a", "b"]], partials: ["items": "{{#list}}\n<li>{{.}}</li>\n{{/list}}\n"],
            expected: "<ul>\n  <li>a</li>\n<li>b</li>\n</ul>\n"),
        RenderCase(
            "<ul>\n  {{> items}}\n</ul>\n", ["list": ["a", "b"]],
            partials: ["items": "{{#list}}\n<li>\n{{.}}\n</li>\n{{/list}}\n"],
            expected: "<ul>\n  <li>\n  a\n  </li>\n<li>\n  b\n  </li>\n</ul>\n"),
        RenderCase(
            "<div>\n  {{> outer}}\n</div>\n", ["list": ["a", "b"]] as Context,
            partials: ["outer": "<p>\n  {{> inner}}\n</p>\n", "inner": "{{#list}}\n{{.}}\n{{/list}}\n"], expected: nil),
        RenderCase(
            "<div>\n  {{> p}}\n</div>\n", ["v": "x\ny"], partials: ["p": "{{v}}\n{{#v}}{{.}}\n{{/v}}[{{v}}]\n"], expected: nil),
        RenderCase("a\r\n  {{> p}}\r\nb", partials: ["p": "1\r\n2\r\n"], expected: nil),
        RenderCase("  {{> p}}\n", partials: ["p": "\n\nx\n\n"], expected: nil),
    ]

    @Test(arguments: PartialTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
