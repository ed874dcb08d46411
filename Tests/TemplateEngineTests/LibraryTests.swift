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

    @Test func stopsATemplateThatIncludesItself() throws {
        var library = TemplateLibrary()
        try library.register("x{{> me}}", named: "me")
        #expect(library.render([String: Any](), withTemplate: "me") == String(repeating: "x", count: 101))
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
