import Mustache
import TemplateEngine
import Testing

/// A context as the tables write them.
typealias Context = [String: Any]

/// A template, the partials it names, a context, and what it renders: a row of the tables in these tests.
///
/// Every table is also rendered by swift-mustache in `ParityTests`, which expects the same output; `expected` nil
/// leaves the answer to that comparison alone (for a case whose point is to match swift-mustache, whatever it does).
struct RenderCase: @unchecked Sendable, CustomTestStringConvertible {
    /// The line Render puts in front of every template, so that swift-mustache escapes with `Escape.html`.
    static let pragma = "{{% CONTENT_TYPE: SIGNPOST_HTML }}\n"

    let template: String
    let context: Any
    let partials: [String: String]
    let expected: String?

    init(_ template: String, _ context: Any = Context(), partials: [String: String] = [:], expected: String?) {
        self.template = template
        self.context = context
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { String(reflecting: template) }

    /// What Signpost's engine renders, the template registered as `main`; with `pragma`, each template starts with
    /// Render's pragma line.
    func renderedByEngine(withPragma: Bool = false) throws -> String? {
        let prefix = withPragma ? Self.pragma : ""
        var library = TemplateLibrary()
        try library.register(prefix + template, named: "main")
        for (name, text) in partials {
            try library.register(prefix + text, named: name)
        }
        return library.render(context, withTemplate: "main")
    }

    /// What swift-mustache 2.1.1 renders, each template starting with Render's pragma line.
    func renderedByMustache() throws -> String? {
        SignpostHTML.register()
        var library = MustacheLibrary()
        try library.register(Self.pragma + template, named: "main")
        for (name, text) in partials {
            try library.register(Self.pragma + text, named: name)
        }
        return library.render(context, withTemplate: "main")
    }
}
