import Foundation
import Testing

/// Partials marked site-wide are rendered once a build; the pages must come out as if they were rendered on each.
struct SitePartialTests {
    @Test func siteWidePartialsGiveTheSamePagesAsOrdinaryOnes() throws {
        let fixture = try SiteFixture(base: SiteFixture.repository.appendingPathComponent("Content"))
        defer { fixture.remove() }
        let marked = SiteFixture.repository.appendingPathComponent("Templates")
        let unmarked = fixture.folder.appendingPathComponent("Unmarked")
        try FileManager.default.copyItem(at: marked, to: unmarked)
        var removed = 0
        for path in try SiteFixture.files(under: unmarked) where path.hasSuffix(".mustache") {
            let file = unmarked.appendingPathComponent(path)
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.hasPrefix("{{! site-wide") else { continue }
            try String(text.drop { $0 != "\n" }.dropFirst()).write(to: file, atomically: true, encoding: .utf8)
            removed += 1
        }
        #expect(removed >= 1, "the bundled templates have site-wide partials")
        let built = try fixture.build(templates: marked)
        #expect(built.errorCount == 0, "\(fixture.messages(built))")
        let second = fixture.folder.appendingPathComponent("Second")
        #expect(try fixture.build(templates: unmarked, output: second).written)
        let once = try SiteFixture.snapshot(fixture.output)
        let ordinary = try SiteFixture.snapshot(second)
        #expect(once.keys.sorted() == ordinary.keys.sorted())
        for (path, data) in once.sorted(by: { $0.key < $1.key }) {
            #expect(Self.unindented(data) == Self.unindented(ordinary[path] ?? Data()), "\(path) differs")
        }
    }

    /// The file's lines without the spaces in front of them.
    ///
    /// swift-mustache 2.1.1 indents only the first line of what a
    /// list section repeats inside an indented partial; a site-wide partial, rendered once and included as text, has
    /// every line indented.
    ///
    /// Indentation between tags means nothing to HTML, and no site-wide partial holds a `pre` element, so pages that
    /// differ only in it are the same pages.
    static func unindented(_ data: Data) -> [Substring] {
        String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.drop { $0 == " " } }
    }
}
