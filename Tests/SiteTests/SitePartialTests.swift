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
        let once = try fixture.build(templates: marked)
        #expect(once.errorCount == 0, "\(fixture.messages(once))")
        let second = fixture.folder.appendingPathComponent("Second")
        #expect(try fixture.build(templates: unmarked, output: second).written)
        #expect(try SiteFixture.snapshot(fixture.output) == SiteFixture.snapshot(second))
    }
}
