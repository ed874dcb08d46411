import Utilities

/// Mustache templates, each parsed once, that render as swift-mustache 2.1.1 renders them.
///
/// Output is what swift-mustache gives for the features Signpost's templates use: variables (escaped with
/// `Escape.html`), sections, inverted sections, comments, partials and their indentation, parents and blocks, set
/// delimiters and standalone lines, quirks included (`Internal/Parsing` follows its parser step by step, and
/// `Internal/Rendering` its rendering). A render looks each name up with a switch on the contexts it was given,
/// sorted once as they are pushed, instead of swift-mustache's casts and `Mirror` on every tag, and writes UTF-8
/// bytes into one buffer.
///
/// Not supported: lambdas, transforms such as `{{first(list)}}` (a template using one does not parse), and
/// content types other than HTML (`{{% CONTENT_TYPE: HTML }}` is accepted and changes nothing).
///
/// A library is a value: rendering reads it and nothing else, so many threads may render from one at once.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    /// An empty library.
    public init() {}

    /// Parses `text` once and keeps it under `name`, in place of any template of that name.
    ///
    /// - Throws: `TemplateSyntaxError`, with the line and column (from 1) where parsing stopped.
    public mutating func register(_ text: String, named name: String) throws {
        templates[name] = try Template(parsing: text)
    }

    /// Parses each of `texts` once, on every core, and keeps each under its name in place of any template of that
    /// name, as `register(_:named:)` one after another would.
    ///
    /// Returns those that do not parse, with why, in the order given; they are not kept.
    public mutating func register(_ texts: [(name: String, text: String)]) -> [(name: String, error: TemplateSyntaxError)] {
        let parsed = Parallel.map(texts) { named -> Result<Template, TemplateSyntaxError> in
            Result { () throws(TemplateSyntaxError) in try Template(parsing: named.text) }
        }
        var failures: [(name: String, error: TemplateSyntaxError)] = []
        for (named, result) in zip(texts, parsed) {
            switch result {
            case .success(let template): templates[named.name] = template
            case .failure(let error): failures.append((named.name, error))
            }
        }
        return failures
    }

    /// The template `name` rendered with `context`; nil when there is no such template.
    ///
    /// Partials and parents are found by name in this library as it is now; one that is missing renders nothing.
    public func render(_ context: Any, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(templates: templates, context: context)
        renderer.output.reserveCapacity(max(1024, template.textByteCount * 2))
        renderer.render(template, in: Scope())
        return renderer.output
    }

    /// The template `name` rendered with each of `contexts` in turn, one after another: what rendering each on its
    /// own and joining the results gives, made in one buffer (a table's thousands of rows); nil when there is no such
    /// template.
    public func render(each contexts: [Any], withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        guard let first = contexts.first else { return "" }
        var renderer = Renderer(templates: templates, context: first)
        renderer.output.reserveCapacity(max(1024, template.textByteCount * 2 * contexts.count))
        for context in contexts {
            renderer.start(with: context)
            renderer.render(template, in: Scope())
        }
        return renderer.output
    }

    /// Whether a template is kept under `name`.
    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }
}
