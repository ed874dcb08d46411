import TemplateEngine
import Testing

/// Parents and blocks: `{{<parent}}{{$block}}...{{/block}}{{/parent}}`.
///
/// Cases from the Mustache spec's ~inheritance.yml, swift-mustache's tests, and layouts shaped like Signpost's (a page,
/// its guide layout, the page layout).
struct InheritanceTests {
    static let cases: [RenderCase] = [
        RenderCase("{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
        RenderCase("{{$foo}}default {{bar}} content{{/foo}}\n", ["bar": "baz"], expected: "default baz content\n"),
        RenderCase("{{$foo}}default {{{bar}}} content{{/foo}}\n", ["bar": "<baz>"], expected: "default <baz> content\n"),
        RenderCase(
            "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "qux"]],
            expected: "default qux content\n"),
        RenderCase(
            "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["baz": "three"],
            expected: "default three content\n"),
        RenderCase(
            "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "{{qux}}"]],
            expected: "default {{qux}} content\n"),
        RenderCase(
            "{{<include}}{{/include}}\n", partials: ["include": "{{$foo}}default content{{/foo}}"],
            expected: "default content"),
        RenderCase(
            "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
            partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
        RenderCase(
            "{{<include}}{{$var}}var in template{{/var}}{{/include}}", ["var": "var in data"],
            partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in template"),
        RenderCase(
            "{{<include}}{{/include}}", ["var": "var in data"], partials: ["include": "{{$var}}var in include{{/var}}"],
            expected: "var in include"),
        RenderCase(
            "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}", partials: ["parent": "{{$stuff}}...{{/stuff}}"],
            expected: "test override"),
        RenderCase(
            "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
            partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
            expected: "test |override1 default| |override2 default|\n"),
        RenderCase(
            "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
            partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"],
            expected: "peaked\n\n:(\n"),
        RenderCase(
            "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
            partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"],
            expected: "stop:\n  hammer time\n"),
        RenderCase(
            "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
            partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
            expected: "new default one, override two"),
        RenderCase(
            "{{>parent}}|{{<parent}}{{/parent}}", partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "default content|default content"),
        RenderCase(
            "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
            partials: [
                "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
                "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}",
            ],
            expected: "override override override don't recurse"),
        RenderCase(
            "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "c"),
        RenderCase(
            "{{<parent}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "p"),
        RenderCase(
            "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
            partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
        RenderCase(
            "{{<parent}} asdfasd asdfasdfasdf {{/parent}}", partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "default content"),
        RenderCase(
            "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
            ["fruit": "apples", "nested": ["fruit": "bananas"]] as Context,
            partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"], expected: "I say bananas."),
        RenderCase("Hi,\n  {{<parent}}{{/parent}}\n", partials: ["parent": "one\ntwo\n"], expected: "Hi,\n  one\n  two\n"),
        RenderCase(
            "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n", partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"],
            expected: "Hi,\n  one\n  two\n"),
        RenderCase(
            "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n",
            partials: ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
        RenderCase(
            "{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n",
            partials: ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"], expected: nil),
        RenderCase(
            "{{<parent}}\n{{$block}}\n  one\n   two\n{{/block}}\n{{/parent}}",
            partials: ["parent": "Hi,\n   {{$block}}{{/block}}"],
            expected: "Hi,\n   one\n    two\n"),
        RenderCase(
            "{{<base}}\n{{$header}}\n{{<header}}\n{{$title}}My page title{{/title}}\n{{/header}}\n{{/header}}\n"
                + "{{$content}}<h1>Hello world</h1>{{/content}}\n{{/base}}\n",
            partials: [
                "header": "<head>\n<title>{{$title}}Default title{{/title}}</title>\n</head>",
                "base": "<html>\n{{$header}}{{/header}}\n{{$content}}{{/content}}\n</html>\n",
            ],
            expected: "<html>\n<head>\n<title>My page title</title>\n</head>\n<h1>Hello world</h1>\n</html>\n"),
        RenderCase(
            "{{<article}}\nNever shown\n{{$body}}\n    {{#headlines}}\n    <p>{{.}}</p>\n    {{/headlines}}\n{{/body}}\n"
                + "{{/article}}\n\n{{<article}}\n{{$title}}Yesterday{{/title}}\n{{/article}}\n",
            ["headlines": ["A pug's handler grew mustaches.", "What an exciting day!"]],
            partials: [
                "article": "<h1>{{$title}}The News of Today{{/title}}</h1>\n"
                    + "{{$body}}\n<p>Nothing special happened.</p>\n{{/body}}\n"
            ],
            expected: "<h1>The News of Today</h1>\n<p>A pug&#39;s handler grew mustaches.</p>\n<p>What an exciting day!</p>\n"
                + "\n<h1>Yesterday</h1>\n<p>Nothing special happened.</p>\n"),
        RenderCase(
            "<h1>{{$title}}The News of Today{{/title}}</h1>\n{{$body}}\n<p>Nothing special happened.</p>\n{{/body}}\n", [Any](),
            expected: "<h1>The News of Today</h1>\n<p>Nothing special happened.</p>\n"),
        RenderCase(
            "{{<*dynamic}}\n  {{$text}}Hello World!{{/text}}\n{{/*dynamic}}\n", ["dynamic": "bold"],
            partials: [
                "normal": "{{$text}}Here goes nothing.{{/text}}",
                "bold": "<b>{{$text}}Here also goes nothing but it's bold.{{/text}}</b>",
            ],
            expected: "<b>Hello World!</b>"),
        // Blocks inside a parent's partials are overridden too.
        RenderCase(
            "{{<layout}}{{$title}}Mine{{/title}}{{/layout}}",
            partials: ["layout": "<head>{{>head}}</head>", "head": "{{$title}}-{{/title}}"],
            expected: "<head>Mine</head>"),
        // Signpost's shape: a page overrides a block of its guide layout, which overrides page-layout's main block.
        // The first line of a block in a parent call sets an indentation taken off every line of it.
        RenderCase(
            "{{<guide-layout}}\n{{$before}}\n    <nav>contents</nav>\n{{/before}}\n{{/guide-layout}}\n", ["title": "Tea & toast"],
            partials: [
                "page-layout": "<main>\n{{$main}}\n{{/main}}\n</main>\n",
                "guide-layout": "{{<page-layout}}\n{{$main}}\n    <h1>{{title}}</h1>\n{{$before}}\n{{/before}}\n    <p>body</p>\n"
                    + "{{/main}}\n{{/page-layout}}\n",
            ],
            expected: "<main>\n<h1>Tea &amp; toast</h1>\n<nav>contents</nav>\n<p>body</p>\n</main>\n"),
        RenderCase(
            "{{<guide-layout}}\n{{$before}}\n{{! before }}\n    <nav>contents</nav>\n{{/before}}\n{{/guide-layout}}\n",
            ["title": "Tea & toast"],
            partials: [
                "page-layout": "<main>\n{{$main}}\n{{/main}}\n</main>\n",
                "guide-layout": "{{<page-layout}}\n{{$main}}\n{{! main }}\n    <h1>{{title}}</h1>\n{{$before}}\n{{/before}}\n"
                    + "    <p>body</p>\n{{/main}}\n{{/page-layout}}\n",
            ],
            expected: "<main>\n    <h1>Tea &amp; toast</h1>\n    <nav>contents</nav>\n    <p>body</p>\n</main>\n"),
        RenderCase(
            "{{<layout}}\n{{$main}}\n{{! main }}\n    <p>{{#list}}{{.}} {{/list}}</p>\n{{/main}}\n{{/layout}}\n",
            ["list": ["a", "b"]],
            partials: ["layout": "<body>\n  <main>\n    {{$main}}\n    {{/main}}\n  </main>\n</body>\n"], expected: nil),
        RenderCase(
            "  {{<layout}}{{$b}}x\ny\n{{/b}}{{/layout}} z\n", partials: ["layout": "[{{$b}}{{/b}}]\n[{{$b}}{{/b}}]"],
            expected: nil),
    ]

    @Test(arguments: InheritanceTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
