import Checks
import Content
import Diagnostics
import Foundation
import Testing

/// `signpost new service`, and the health report's list of service records to check again.
@Suite struct NewServiceTests {
    @Test func aNewServiceBuildsAndChecksCleanAsItIs() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let created = try ServiceScaffold.create("visiting-times", contentRoot: fixture.content.path, today: SiteFixture.today)
        #expect(created.path == fixture.content.path + "/services/visiting-times.yaml")
        let text = try String(contentsOfFile: created.path, encoding: .utf8)
        #expect(text.hasPrefix("name: Visiting times\nsummary: What the service does, in one sentence.\ncategory: "))
        #expect(text.hasSuffix("assured_date: 2026-11-22\n"))
        #expect(created.todo.last == "the service's page will be at /services/visiting-times/")

        let report = try fixture.build()
        #expect(fixture.messages(report) == "")
        #expect(report.written)
        let page = fixture.output.appendingPathComponent("services/visiting-times/index.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Visiting times"))
        #expect(fixture.messages(try fixture.check()) == "")
        #expect(throws: EnvironmentError.self) {
            try ServiceScaffold.create("visiting-times", contentRoot: fixture.content.path, today: SiteFixture.today)
        }
        #expect(throws: EnvironmentError.self) {
            try ServiceScaffold.create("Visiting_Times", contentRoot: fixture.content.path, today: SiteFixture.today)
        }
    }

    @Test func theReportListsServicesCheckedOverAYearAgo() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for (id, assured) in [("dental-clinic", "2025-11-21"), ("eye-clinic", "2025-11-22")] {
            _ = try ServiceScaffold.create(id, contentRoot: fixture.content.path, today: SiteFixture.today)
            let file = fixture.content.appendingPathComponent("services/\(id).yaml")
            try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: "assured_date: 2026-11-22", with: "assured_date: \(assured)"
            )
            .write(to: file, atomically: true, encoding: .utf8)
        }
        let content = try ContentLoader.load(from: fixture.content.path)
        let report = HealthReport(content, today: SiteFixture.today)
        #expect(report.servicesToCheck.map(\.file) == ["services/dental-clinic.yaml"])
        #expect(
            report.table().contains(
                "Service records last checked over a year ago (1):\n  2025-11-21  Dental clinic (services/dental-clinic.yaml)\n"))
        #expect(try fixture.build().written)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("_report/index.html"), encoding: .utf8)
        #expect(
            page.contains(
                "<li><a href=\"/pals/services/dental-clinic/\">Dental clinic</a> services/dental-clinic.yaml 2025-11-21</li>"))
        #expect(!page.contains("eye-clinic"))
    }
}
