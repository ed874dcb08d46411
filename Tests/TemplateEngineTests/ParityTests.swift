import Mustache
import TemplateEngine
import Testing

/// Every case of the tables rendered by both engines: Signpost's must give exactly what swift-mustache 2.1.1 gives
/// (with Render's pragma line in front of each template, so both escape with `Escape.html`), or both must refuse
/// the template.
struct ParityTests {
    static let cases =
        InterpolationTests.cases + SectionTests.cases + CommentTests.cases + DelimiterTests.cases + PartialTests.cases
        + InheritanceTests.cases

    @Test(arguments: ParityTests.cases)
    func rendersAsSwiftMustache(_ example: RenderCase) {
        let engine = Result { try example.renderedByEngine() }
        let mustache = Result { try example.renderedByMustache() }
        switch (engine, mustache) {
        case (.success(let ours), .success(let theirs)):
            #expect(ours == theirs)
        case (.failure, .failure):
            break
        case (.success(let ours), .failure(let error)):
            Issue.record("swift-mustache refuses it (\(error)); Signpost's engine renders \(String(reflecting: ours))")
        case (.failure(let error), .success(let theirs)):
            Issue.record("Signpost's engine refuses it (\(error)); swift-mustache renders \(String(reflecting: theirs))")
        }
    }

    /// Render puts its pragma line in front of every template; the engine renders the same with it or without it.
    @Test(arguments: ParityTests.cases)
    func pragmaLineChangesNothing(_ example: RenderCase) throws {
        guard let plain = try? example.renderedByEngine() else { return }
        #expect(try example.renderedByEngine(withPragma: true) == plain)
    }

    @Test(arguments: SyntaxErrorTests.examples.filter(\.mustacheRefuses))
    func stopsWhereSwiftMustacheStops(_ example: SyntaxErrorTests.Example) {
        var library = TemplateLibrary()
        let ours = #expect(throws: TemplateSyntaxError.self) {
            try library.register(example.template, named: "t")
        }
        let theirs = #expect(throws: MustacheTemplate.ParserError.self) {
            _ = try MustacheTemplate(string: example.template)
        }
        #expect(ours?.line == theirs?.context.lineNumber)
        #expect(ours?.column == theirs?.context.columnNumber)
    }
}
