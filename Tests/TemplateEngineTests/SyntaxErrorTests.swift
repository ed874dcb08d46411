import TemplateEngine
import Testing

/// A template that does not parse: the line and column where swift-mustache stops, and a message.
struct SyntaxErrorTests {
    /// A template, and the line and column of its error.
    struct Example: Sendable, CustomTestStringConvertible {
        let template: String
        let line: Int
        let column: Int
        /// Whether swift-mustache refuses it too (it accepts transforms and the TEXT content type).
        let mustacheRefuses: Bool

        init(_ template: String, line: Int, column: Int, mustacheRefuses: Bool = true) {
            self.template = template
            self.line = line
            self.column = column
            self.mustacheRefuses = mustacheRefuses
        }

        var testDescription: String { String(reflecting: template) }
    }

    static let examples: [Example] = [
        Example("{{#test}}\n{{.}}\n{{/test2}}", line: 3, column: 4),
        Example("{{#test}}\n{{name}\n{{/test2}}", line: 2, column: 7),
        Example("{{#test}}\n{{.}}", line: 2, column: 6),
        Example("{{=<% %>=}}\n<%.%>\n<%={{}}=%>", line: 3, column: 4),
        Example("a\n{{/b}}", line: 2, column: 4),
        Example("{{<parent}}{{x}}{{/parent}}", line: 1, column: 28),
        Example("x {", line: 1, column: 3),
        Example("{{{a}}", line: 1, column: 7),
        Example("{{! never closed", line: 1, column: 4),
        Example("{{#a}}\r\nb\r\n{{/c}}", line: 3, column: 13),
        Example("{{a(b)}}", line: 1, column: 9, mustacheRefuses: false),
        Example("{{% CONTENT_TYPE: TEXT }}\n", line: 1, column: 26, mustacheRefuses: false),
    ]

    @Test(arguments: SyntaxErrorTests.examples)
    func reportsWhereParsingStopped(_ example: Example) {
        var library = TemplateLibrary()
        let error = #expect(throws: TemplateSyntaxError.self) {
            try library.register(example.template, named: "t")
        }
        #expect(error?.line == example.line)
        #expect(error?.column == example.column)
        #expect(error?.message.isEmpty == false)
        #expect(!library.contains("t"))
    }

    @Test func namesTheSectionLeftOpen() {
        var library = TemplateLibrary()
        #expect(throws: TemplateSyntaxError(line: 2, column: 6, message: "`list` is never closed: `{{/list}}` is missing")) {
            try library.register("{{#list}}\n{{.}}", named: "t")
        }
    }
}
