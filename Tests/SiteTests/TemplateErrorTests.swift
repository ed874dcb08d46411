import Foundation
import Testing

/// A broken template is reported at its own line, and nothing is written.
struct TemplateErrorTests {
    @Test func anUnclosedSectionIsReportedAtItsLine() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let templates = fixture.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
        let section = templates.appendingPathComponent("pages/section.mustache")
        try "<!DOCTYPE html>\n<title>{{page_title}}</title>\n{{#guides}}\n<p>{{title}}</p>\n".write(
            to: section, atomically: true, encoding: .utf8)
        let report = try fixture.build(templates: templates)
        let messages = fixture.messages(report)
        #expect(messages.hasPrefix("Templates/pages/section.mustache:"))
        #expect(messages.contains("error: this template does not parse"))
        let line = messages.split(separator: ":").dropFirst().first.flatMap { Int($0) }
        #expect(line.map { (3...5).contains($0) } == true, "line of the error: \(messages)")
        #expect(!report.written)
    }

    @Test func aPartialOrParentThatIsMissingIsReportedWhereItIsNamed() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let templates = fixture.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
        let section = templates.appendingPathComponent("pages/section.mustache")
        try "<!DOCTYPE html>\n<title>{{page_title}}</title>\n{{> layout/no-such-partial}}\n".write(
            to: section, atomically: true, encoding: .utf8)
        let report = try fixture.build(templates: templates)
        #expect(
            fixture.messages(report) == """
                Templates/pages/section.mustache:3:1: error: this template uses layout/no-such-partial.mustache, which is missing
                  hint: add layout/no-such-partial.mustache to the templates folder, or correct the name
                """)
        #expect(!report.written)
    }

    @Test func anUnusedStringIsAWarningAndEveryPageIsStillWritten() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let templates = fixture.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
        let strings = templates.appendingPathComponent("strings/en.yaml")
        try (String(contentsOf: strings, encoding: .utf8) + "unused_words: Nothing uses these\n").write(
            to: strings, atomically: true, encoding: .utf8)
        let report = try fixture.build(templates: templates)
        #expect(report.written)
        #expect(report.warningCount == 1)
        for page in ["guides/concerns/making-a-complaint/index.html", "kiosk/guides/concerns/making-a-complaint/index.html"] {
            #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent(page).path), "\(page)")
        }
    }
}
