import Foundation
import Testing

/// The health report is written a row at a time into the place its template leaves for the rows.
struct ReportStreamingTests {
    @Test func theRowsAreWrittenWhereTheTemplatePutsThem() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try fixture.build().written)
        let report = try String(contentsOf: fixture.output.appendingPathComponent("_report/index.html"), encoding: .utf8)
        let table = try #require(report.range(of: "<table>")).upperBound
        let end = try #require(report.range(of: "</table>")).lowerBound
        #expect(report[table..<end].hasPrefix("<tr><th><a href="))
        #expect(report[table..<end].components(separatedBy: "<tr>").count - 1 == 2)  // the fixture's two guides
        #expect(!report.contains("\u{1}"))
    }

    @Test func aTemplateThatPlacesTheRowsTwiceGetsThemTwice() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let templates = fixture.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
        try "<!DOCTYPE html>\n<table>{{{rows_html}}}</table>\n<table>{{{rows_html}}}</table>\n".write(
            to: templates.appendingPathComponent("pages/report.mustache"), atomically: true, encoding: .utf8)
        #expect(try fixture.build(templates: templates).written)
        let report = try String(contentsOf: fixture.output.appendingPathComponent("_report/index.html"), encoding: .utf8)
        let tables = report.components(separatedBy: "<table>").dropFirst()
        #expect(tables.count == 2)
        #expect(tables.allSatisfy { $0.components(separatedBy: "<tr>").count - 1 == 2 })
        #expect(!report.contains("\u{1}"))
    }
}
