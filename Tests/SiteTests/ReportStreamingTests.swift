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
        // The leaflet register's rows go in the second table the same way, the guide under document control first.
        let register = report[end...].components(separatedBy: "<table>").dropFirst().first ?? ""
        #expect(register.components(separatedBy: "<tr>").count - 1 == 2)
        #expect(
            register.hasPrefix(
                "<tr><th><a href=\"/pals/guides/concerns/raising-a-concern/\">Raising a concern</a></th><td>PALS-002</td><td>2</td>"
            ))
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
