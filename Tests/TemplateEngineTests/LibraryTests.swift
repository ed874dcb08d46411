import TemplateEngine
import Testing

/// What the library keeps, finds and shares.
struct LibraryTests {
    @Test func rendersNothingForATemplateItDoesNotHave() throws {
        var library = TemplateLibrary()
        try library.register("x", named: "a")
        #expect(library.contains("a"))
        #expect(!library.contains("b"))
        #expect(library.render([String: Any](), withTemplate: "b") == nil)
        #expect(library.render([String: Any](), withTemplate: "a") == "x")
    }

    @Test func findsPartialsWhenRenderingSoOrderDoesNotMatter() throws {
        var library = TemplateLibrary()
        try library.register("[{{> b}}]", named: "a")
        #expect(library.render([String: Any](), withTemplate: "a") == "[]")
        try library.register("b", named: "b")
        #expect(library.render([String: Any](), withTemplate: "a") == "[b]")
        try library.register("B", named: "b")
        #expect(library.render([String: Any](), withTemplate: "a") == "[B]")
    }

    /// Many templates parsed at once, on every core, are kept as registering them one by one keeps them; those that do
    /// not parse are named with why, in the order given, and not kept.
    @Test func registersManyAtOnceAsOneByOne() throws {
        let texts: [(name: String, text: String)] =
            (0..<40).map { (name: "t\($0)", text: "<p>{{a}} \($0)</p>{{> t\($0 + 1)}}\n") } + [
                (name: "broken", text: "{{#a}}no end"), (name: "t3", text: "again {{a}}"),
                (name: "wrong", text: "x\n{{/b}}"),
            ]
        var together = TemplateLibrary()
        let failures = together.register(texts)
        var oneByOne = TemplateLibrary()
        var expected: [(name: String, error: TemplateSyntaxError)] = []
        for (name, text) in texts {
            do {
                try oneByOne.register(text, named: name)
            } catch let error as TemplateSyntaxError {
                expected.append((name, error))
            }
        }
        #expect(failures.map(\.name) == ["broken", "wrong"])
        #expect(failures.map(\.error) == expected.map(\.error))
        #expect(!together.contains("broken") && !together.contains("wrong"))
        for name in ["t0", "t3", "t39"] {
            #expect(together.render(["a": "x"], withTemplate: name) == oneByOne.render(["a": "x"], withTemplate: name))
        }
        #expect(together.render(["a": "x"], withTemplate: "t2") == "<p>x 2</p>again x\n", "the later of two of a name is kept")
    }

    @Test func stopsATemplateThatIncludesItself() throws {
        var library = TemplateLibrary()
        try library.register("x{{> me}}", named: "me")
        #expect(library.render([String: Any](), withTemplate: "me") == String(repeating: "x", count: 101))
    }

    /// A table's rows rendered in one call are the rows rendered one by one, joined: each with only its own context,
    /// partials indented from the start of each.
    @Test func rendersEachContextInTurn() throws {
        let tables: [(template: String, rows: [Context])] = [
            ("<tr><td>{{a}}</td></tr>\n", [["a": "1"], ["a": "<2>"], [:]]),
            ("{{#d}}<time>{{iso}}</time>{{/d}}{{^d}}-{{/d}}", [["d": ["iso": "2026-12-05"]], [:], ["d": false]]),
            ("<ul>\n  {{> item}}\n</ul>", [["t": "x"], ["t": "y"]]),
            ("{{a}}{{b}}", [["a": "only here"], ["b": "not the last one's a"]]),
            ("row", []),
        ]
        for table in tables {
            var library = TemplateLibrary()
            try library.register(table.template, named: "row")
            try library.register("<li>{{t}}</li>\n<li>{{t}}</li>\n", named: "item")
            let oneByOne = try table.rows.map { try #require(library.render($0, withTemplate: "row")) }.joined()
            #expect(library.render(each: table.rows.map { $0 as Any }, withTemplate: "row") == oneByOne, "\(table.template)")
            #expect(library.render(each: table.rows.map { $0 as Any }, withTemplate: "missing") == nil)
        }
    }

    @Test func rendersOnManyThreadsAtOnce() async throws {
        var library = TemplateLibrary()
        try library.register("{{#items}}<li>{{title}}</li>{{/items}}", named: "list")
        let shared = library
        let outputs = await withTaskGroup(of: String?.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let context: [String: Any] = ["items": [["title": "\(index)"]]]
                    return shared.render(context, withTemplate: "list")
                }
            }
            var outputs: [String] = []
            for await output in group {
                if let output { outputs.append(output) }
            }
            return outputs
        }
        #expect(Set(outputs).count == 64)
        #expect(outputs.allSatisfy { $0.hasPrefix("<li>") && $0.hasSuffix("</li>") })
    }
}
