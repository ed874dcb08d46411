import CCmark
import Testing
import Utilities

@testable import Markdown

/// libcmark works in the thread's `CmarkArena`: documents of every size come out whole, one after another, on many
/// threads at once, and with a document rendered from inside another's rendering.
struct CmarkArenaTests {
    /// A paragraph of `words` words, one a line, and the HTML libcmark makes of it.
    static func paragraph(_ words: Int, word: String = "complaint") -> (markdown: String, html: String) {
        let lines = (0..<words).map { "\(word)\($0)" }
        return (lines.joined(separator: "\n") + "\n", "<p>" + lines.joined(separator: "\n") + "</p>\n")
    }

    @Test(arguments: [
        1,  // a node or two
        3_000,  // more blocks of nodes than one
        40_000,  // more blocks than the thread keeps, and text over the size that gets a block of its own
    ])
    func aDocumentOfAnySizeComesOutWhole(words: Int) {
        let (markdown, html) = Self.paragraph(words)
        for _ in 0..<3 {
            #expect(MarkdownRenderer.render(markdown, options: .commonMark).html == html)
        }
    }

    @Test func manyBlocksComeOutInOrder() {
        let markdown = (0..<5_000).map { "- item \($0) with [a link](https://example.org/\($0))" }.joined(separator: "\n")
        let html = MarkdownRenderer.render(markdown, options: .commonMark).html
        #expect(html.hasPrefix("<ul>\n<li>item 0 with <a href=\"https://example.org/0\">a link</a></li>\n"))
        #expect(html.hasSuffix("<li>item 4999 with <a href=\"https://example.org/4999\">a link</a></li>\n</ul>\n"))
        #expect(html.components(separatedBy: "<li>").count == 5_001)
    }

    @Test func threadsEachWorkInTheirOwn() {
        let documents = (0..<400).map { Self.paragraph(20 + $0 % 50 * 37, word: "page\($0)-") }
        let rendered = Parallel.map(documents) { MarkdownRenderer.render($0.markdown, options: .commonMark).html }
        #expect(rendered == documents.map(\.html))
    }

    /// A resolver that renders another document while the first is being worked on.
    struct NestingResolver: LinkResolver {
        func resolveLink(_ destination: String) -> String? {
            let inner = MarkdownRenderer.render(CmarkArenaTests.paragraph(2_000).markdown, options: .commonMark)
            return inner.html == CmarkArenaTests.paragraph(2_000).html ? "/whole/" : "/broken/"
        }
        func resolveImage(_ source: String) -> ResolvedImage? { nil }
    }

    @Test func aDocumentRenderedInsideAnotherLeavesItWhole() {
        let (words, wordsHTML) = Self.paragraph(2_000, word: "outer")
        let markdown = words + "\n[first](a.md) and [second](b.md)\n\n" + words
        let html = MarkdownRenderer.render(markdown, resolver: NestingResolver()).html
        #expect(html.hasPrefix(wordsHTML))
        #expect(html.contains("<a href=\"/whole/\">first</a> and <a href=\"/whole/\">second</a>"))
        #expect(html.hasSuffix(wordsHTML))
        #expect(!html.contains("/broken/"))
    }

    /// Nodes are made only inside `CmarkArena.run`, so libcmark never mixes an arena's memory with the system's.
    @Test func nothingIsMadeOutsideARun() {
        #expect(CmarkNode.parseDocument("Some words.", options: 0) == nil)
        #expect(CmarkNode.make(CMARK_NODE_PARAGRAPH) == nil)
        #expect(CmarkArena.run { CmarkNode.make(CMARK_NODE_PARAGRAPH) != nil })
    }

    @Test func rawHTMLIsTakenOutOfLongText() {
        let (words, _) = Self.paragraph(30_000)
        let markdown = words + "\n<div>raw</div>\n\n" + words
        let written = MarkdownRenderer.removingRawHTML(markdown)
        #expect(!written.contains("<div>"))
        #expect(written.hasPrefix("complaint0\ncomplaint1\n"))
        #expect(written.hasSuffix("complaint29999"))
    }
}
