import Foundation
import Testing

@testable import Markdown

/// The Markdown stage against the 652 examples of the CommonMark 0.30 specification.
struct CommonMarkSpecTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        let markdown: String
        let html: String
        let example: Int
        let section: String
        var testDescription: String { "example \(example) (\(section))" }
    }

    static let examples: [Example] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/commonmark-spec-0.30", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let examples = try? JSONDecoder().decode([Example].self, from: data)
        else { return [] }
        return examples
    }()

    @Test func allExamplesAreLoaded() {
        #expect(Self.examples.count == 652)
    }

    @Test func everyExamplePassesWithRawHTMLAllowed() {
        var failures: [String] = []
        for example in Self.examples {
            var options = MarkdownOptions.commonMark
            options.allowRawHTML = true
            let html = MarkdownRenderer.render(example.markdown, options: options).html
            if SpecHTML.normalise(html) != SpecHTML.normalise(example.html) {
                failures.append("example \(example.example): got \(html.debugDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) examples differ:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// In safe mode only the examples with raw HTML or an unsafe link may differ.
    @Test func safeModeDiffersOnlyWhereThereIsRawHTML() {
        var failures: [Int] = []
        var differing = 0
        for example in Self.examples {
            let document = MarkdownRenderer.render(example.markdown, options: .commonMark)
            guard SpecHTML.normalise(document.html) != SpecHTML.normalise(example.html) else { continue }
            differing += 1
            let unsafeLink = ["javascript:", "vbscript:", "file:", "data:"].contains {
                example.markdown.lowercased().contains($0)
            }
            if document.rawHTML.isEmpty && !unsafeLink { failures.append(example.example) }
        }
        #expect(failures.isEmpty, "examples that differ in safe mode without raw HTML: \(failures)")
        #expect(differing > 0, "safe mode should drop raw HTML")
    }
}

/// Whitespace between tags normalised away, as the specification's own test runner does.
enum SpecHTML {
    static func normalise(_ html: String) -> String {
        var result = html.replacingOccurrences(of: #">\s+<"#, with: "><", options: .regularExpression)
        result = result.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        return result.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
