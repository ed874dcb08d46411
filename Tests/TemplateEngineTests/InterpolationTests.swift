import TemplateEngine
import Testing

/// `{{name}}`, `{{{name}}}` and `{{&name}}`: values found by name, dotted names, `{{.}}`, and how each kind of value is
/// written.
///
/// Cases from the Mustache spec's interpolation.yml, and Signpost's own.
struct InterpolationTests {
    static let cases: [RenderCase] = [
        RenderCase("Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
        RenderCase("Hello, {{subject}}!\n", ["subject": "world"], expected: "Hello, world!\n"),
        // Escaping: all five characters, and only with two braces.
        RenderCase(
            "{{v}}", ["v": "<a href=\"x\">'&'</a>"],
            expected: "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"),
        RenderCase("{{{v}}}", ["v": "<a href=\"x\">'&'</a>"], expected: "<a href=\"x\">'&'</a>"),
        RenderCase("{{&v}}", ["v": "<a href=\"x\">'&'</a>"], expected: "<a href=\"x\">'&'</a>"),
        RenderCase("{{v}}", ["v": "café – 020 7946 0000 & ü"], expected: "café – 020 7946 0000 &amp; ü"),
        // Numbers and Booleans as Swift writes them.
        RenderCase("\"{{mph}} miles an hour!\"", ["mph": 85], expected: "\"85 miles an hour!\""),
        RenderCase("\"{{{mph}}} miles an hour!\"", ["mph": 85], expected: "\"85 miles an hour!\""),
        RenderCase("\"{{power}} jiggawatts!\"", ["power": 1.210], expected: "\"1.21 jiggawatts!\""),
        RenderCase("{{a}} {{b}}", ["a": true, "b": false], expected: "true false"),
        RenderCase("{{n}}", ["n": -3] as Context, expected: "-3"),
        // Misses are empty.
        RenderCase("I ({{cannot}}) be seen!", expected: "I () be seen!"),
        RenderCase("I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
        RenderCase("I ({{&cannot}}) be seen!", expected: "I () be seen!"),
        // Dotted names.
        RenderCase(
            "{{date.iso}} {{date.text}}", ["date": ["iso": "2026-01-02", "text": "2 January 2026"]],
            expected: "2026-01-02 2 January 2026"),
        RenderCase(
            "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"", ["person": ["name": "Joe"]],
            expected: "\"Joe\" == \"Joe\""),
        RenderCase("{{a.b.c.d}}", ["a": ["b": ["c": ["d": "deep"]]]], expected: "deep"),
        RenderCase("\"{{a.b.c}}\" == \"\"", ["a": Context()], expected: "\"\" == \"\""),
        RenderCase(
            "\"{{a.b.c.name}}\" == \"\"", ["a": ["b": Context()], "c": ["name": "Jim"]] as Context,
            expected: "\"\" == \"\""),
        RenderCase(
            "\"{{#a}}{{b.c.name}}{{/a}}\" == \"Phil\"",
            ["a": ["b": ["c": ["name": "Phil"]]], "b": ["c": ["name": "Wrong"]]] as Context,
            expected: "\"Phil\" == \"Phil\""),
        RenderCase(
            "{{#a}}{{.name}}{{/a}}{{#b}}{{.name}}{{/b}}", ["a": Context(), "b": ["name": "Name"], "name": "Fail"] as Context,
            expected: "Name"),
        RenderCase("{{#a}}{{b.c}}{{/a}}", ["a": ["b": Context()], "b": ["c": "ERROR"]] as Context, expected: ""),
        // The implicit iterator.
        RenderCase("* {{.}}", "Hello!", expected: "* Hello!"),
        RenderCase("{{#list}}({{.}}){{/list}}", ["list": ["a", "b", "c"]], expected: "(a)(b)(c)"),
        RenderCase("{{#list}}{{.}}{{/list}}", ["list": ["<", "&", "'"]], expected: "&lt;&amp;&#39;"),
        RenderCase("{{#list}}{{{.}}}{{/list}}", ["list": ["<", "&", "'"]], expected: "<&'"),
        // White space in and around tags.
        RenderCase("| {{string}} |", ["string": "---"], expected: "| --- |"),
        RenderCase("  {{string}}\n", ["string": "---"], expected: "  ---\n"),
        RenderCase("  {{{string}}}\n", ["string": "---"], expected: "  ---\n"),
        RenderCase("|{{ string }}|", ["string": "---"], expected: "|---|"),
        RenderCase("|{{{ string }}}|", ["string": "---"], expected: "|---|"),
        RenderCase("|{{& string }}|", ["string": "---"], expected: "|---|"),
        // White space and names as characters, not bytes: a tab, a line break and a no-break space are white space
        // in a tag; a letter with a combining mark, or a brace with one, is one character and neither a name's nor a
        // delimiter's (the reader answers ASCII characters from its own table).
        RenderCase("|{{\tstring\n}}|", ["string": "---"], expected: "|---|"),
        RenderCase("|{{\u{A0}string\u{A0}}}|", ["string": "---"], expected: nil),
        RenderCase("|{{stri\u{301}ng}}|", ["string": "---"], expected: nil),
        RenderCase("|{{string}\u{301}}|", ["string": "---"], expected: nil),
        // The Kelvin sign is canonically `K`: a name's character, as in swift-mustache.
        RenderCase("|{{\u{212A}ey}}|", ["Key": "---"], expected: nil),
        RenderCase("{{#a}}\r\n{{b}}\r\n{{/a}}\r\n", ["a": true, "b": "é"], expected: "é\r\n"),
        // Characters the reader numbers apart from ASCII (`Unit`): a mark on a delimiter's first brace, other line
        // breaks, characters canonically equal to ASCII ones or to each other, and delimiters outside ASCII.
        RenderCase("|{\u{301}{string}}|{{string}}", ["string": "---"], expected: nil),
        RenderCase("a\u{2028}{{#b}}\u{2028}x{{/b}}\u{85}{{#b}}\u{85}y{{/b}}\u{2029}", ["b": true], expected: nil),
        RenderCase("{{=; ;=}}|;string;|\u{37E}string\u{37E}|", ["string": "---"], expected: nil),
        RenderCase("{{=« »=}}«string» «#b»é«/b»\n  «! c »\n", ["string": "---", "b": true], expected: nil),
        RenderCase("{{=é é=}}|éstringé|e\u{301}stringe\u{301}|", ["string": "---"], expected: nil),
        RenderCase("👩‍⚕️ {{string}} 🇬🇧\r\n  {{#b}}\r\n🏥{{/b}}", ["string": "---", "b": true], expected: nil),
        RenderCase("{{string}}\r", ["string": "---"], expected: nil),
        RenderCase("\r\n\r{{! c }}\r\n\n", expected: nil),
        // Line breaks inside a tag: whatever swift-mustache makes of them, which ParityTests checks.
        RenderCase("|{{\n string\n }}|", ["string": "---"], expected: nil),
        // Values that are not dictionaries are looked into as swift-mustache does, with `Mirror`.
        RenderCase(
            "* {{client.name}}\n* {{age}}\n* {{{company.name}}}",
            ["client": (name: "Chris & Friends", age: 50), "company": ["name": "<b>GitHub</b>"]] as Context,
            expected: "* Chris &amp; Friends\n* \n* <b>GitHub</b>"),
        RenderCase(
            "{{person.name}}/{{person.nickname}}", ["person": Person(name: "Ann", nickname: nil)],
            expected: "Ann/"),
        RenderCase(
            "{{#person}}{{name}}/{{nickname}}{{/person}}", ["person": Person(name: "Ann", nickname: "Annie")],
            expected: "Ann/Annie"),
        // A nil in a `[String: Any]`: found, so it hides the outer value; swift-mustache's output decides.
        RenderCase("[{{name}}]", ["name": String?.none as Any], expected: nil),
        RenderCase(
            "[{{#a}}{{name}}{{/a}}]", ["a": ["name": String?.none as Any] as Context, "name": "outer"] as Context,
            expected: nil),
        RenderCase("[{{name}}]", ["name": String?.some("x") as Any], expected: nil),
        // Other value types, as `String(describing:)` writes them.
        RenderCase("{{list}}", ["list": ["a", "b"]], expected: "[&quot;a&quot;, &quot;b&quot;]"),
        RenderCase("{{{.}}}", 101, expected: "101"),
    ]

    @Test(arguments: InterpolationTests.cases)
    func renders(_ example: RenderCase) throws {
        guard let expected = example.expected else { return }
        #expect(try example.renderedByEngine() == expected)
    }
}
