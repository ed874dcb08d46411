import Foundation
import Testing

/// `signpost check` on fixture sites: each folder of Fixtures/check lays a few files over the valid site and
/// holds `expected.txt`, the exact diagnostics of every content-quality rule it exercises.
@Suite struct CheckFixtureTests {
    static let cases: [String] = {
        let folder = SiteFixture.fixtures.appendingPathComponent("check")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreCheckCases() {
        #expect(Self.cases.count >= 6)
    }

    @Test func theValidSiteChecksClean() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(fixture.messages(try fixture.check()) == "")
    }

    @Test(arguments: cases)
    func checkReportsExactlyTheExpectedDiagnostics(name: String) throws {
        let fixture = try SiteFixture(overlay: name, group: "check")
        defer { fixture.remove() }
        let found = fixture.messages(try fixture.check())
        let expectedFile = SiteFixture.fixtures.appendingPathComponent("check/\(name)/expected.txt")
        if FixtureSiteTests.updating { try (found + "\n").write(to: expectedFile, atomically: true, encoding: .utf8) }
        #expect(found + "\n" == (try String(contentsOf: expectedFile, encoding: .utf8)))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    /// A build keeps a passed review date a warning, so the site still builds on the day the date passes.
    @Test func aBuildOnlyWarnsOfAPassedReviewDate() throws {
        let fixture = try SiteFixture(overlay: "review-dates", group: "check")
        defer { fixture.remove() }
        let report = try fixture.build()
        #expect(report.written)
        #expect(report.errorCount == 0)
        #expect(fixture.messages(report).contains("passed.md:6:1: warning: the review date 1 November 2026 has passed"))
    }

    @Test(arguments: [(20, 1), (34, 1), (35, 0)])
    func theSentenceLimitIsTheSitesOwn(limit: Int, warnings: Int) throws {
        let fixture = try SiteFixture(overlay: "long-sentences", group: "check")
        defer { fixture.remove() }
        let settings = fixture.content.appendingPathComponent("site.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "sentence_word_limit: \(limit)\n").write(
            to: settings, atomically: true, encoding: .utf8)
        let long = try fixture.check().filter { $0.message.hasPrefix("this sentence is 35 words long") }
        #expect(long.count == warnings)
        #expect(long.first?.message == (warnings == 0 ? nil : "this sentence is 35 words long, over the limit of \(limit)"))
    }
}
