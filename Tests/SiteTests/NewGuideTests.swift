import Content
import Diagnostics
import Foundation
import Testing

/// `signpost new guide`: the file it writes builds as it is, and it never overwrites one.
@Suite struct NewGuideTests {
    @Test func aNewGuideBuildsAndChecksCleanAsItIs() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let created = try GuideScaffold.create(
            "concerns/visiting-times", contentRoot: fixture.content.path, today: SiteFixture.today)
        #expect(created.path == fixture.content.path + "/guides/concerns/visiting-times.md")
        let text = try String(contentsOfFile: created.path, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: Visiting times\nsummary: "))
        #expect(text.contains("last_reviewed: 2026-11-22\nnext_review: 2027-11-22\n"))
        #expect(text.contains("section: Concerns and complaints\n"))
        // The fixture's one guide under document control is PALS-002.
        #expect(text.contains("`reference: PALS-003` (the next free\n"))
        #expect(created.todo.contains { $0.hasPrefix("once it is approved: reference PALS-003") })
        #expect(created.todo.first == "line 2, title: the guide's heading, as a reader would search for it")

        let report = try fixture.build()
        #expect(fixture.messages(report) == "")
        #expect(report.written)
        let page = fixture.output.appendingPathComponent("guides/concerns/visiting-times/index.html")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("Visiting times"))
        #expect(fixture.messages(try fixture.check()) == "")
    }

    @Test(arguments: [
        "guides/concerns/visiting-times.md", "Content/guides/concerns/visiting-times", "concerns/visiting-times.md",
    ])
    func theSameGuideWrittenAnyWay(typed: String) throws {
        #expect(try GuideScaffold.guidePath(for: typed, contentRoot: "Content") == "guides/concerns/visiting-times.md")
    }

    @Test func refusesToOverwriteAndRefusesNamesThatCannotBeAddresses() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let existing = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        let before = try Data(contentsOf: existing)
        #expect(throws: EnvironmentError.self) {
            try GuideScaffold.create("concerns/making-a-complaint", contentRoot: fixture.content.path, today: SiteFixture.today)
        }
        #expect(try Data(contentsOf: existing) == before)
        #expect(throws: EnvironmentError.self) {
            try GuideScaffold.create("concerns/Visiting Times", contentRoot: fixture.content.path, today: SiteFixture.today)
        }
        #expect(throws: EnvironmentError.self) {
            try GuideScaffold.create("../visiting", contentRoot: fixture.content.path, today: SiteFixture.today)
        }
    }
}
