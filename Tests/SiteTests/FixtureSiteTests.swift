import Diagnostics
import Foundation
import Site
import Testing

/// Fixture sites: a valid one with its expected output, and invalid ones with the exact messages expected.
@Suite struct FixtureSiteTests {
    /// Set SIGNPOST_UPDATE_FIXTURES=1 to write the expected files anew after a deliberate change (then review the diff).
    static let updating = ProcessInfo.processInfo.environment["SIGNPOST_UPDATE_FIXTURES"] == "1"

    static let invalidCases: [String] = {
        let folder = SiteFixture.fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func validSiteBuildsToItsExpectedOutput() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let report = try fixture.build()
        #expect(fixture.messages(report) == "")
        #expect(report.written)
        let expected = SiteFixture.fixtures.appendingPathComponent("valid/Site")
        if Self.updating {
            try? FileManager.default.removeItem(at: expected)
            try FileManager.default.copyItem(at: fixture.output, to: expected)
        }
        let built = try SiteFixture.snapshot(fixture.output)
        let wanted = try SiteFixture.snapshot(expected)
        #expect(built.keys.sorted() == wanted.keys.sorted())
        for (path, data) in wanted.sorted(by: { $0.key < $1.key }) {
            #expect(
                built[path] == data,
                "\(path) differs:\n\(String(decoding: built[path] ?? Data(), as: UTF8.self))")
        }
    }

    @Test func thereAreInvalidCases() {
        #expect(Self.invalidCases.count >= 8)
    }

    @Test(arguments: invalidCases)
    func invalidSiteReportsExactlyTheExpectedDiagnostics(name: String) throws {
        let fixture = try SiteFixture(overlay: name)
        defer { fixture.remove() }
        let report = try fixture.build()
        let expectedFile = SiteFixture.fixtures.appendingPathComponent("invalid/\(name)/expected.txt")
        if Self.updating { try (fixture.messages(report) + "\n").write(to: expectedFile, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(fixture.messages(report) + "\n" == expected)
        #expect(report.errorCount > 0)
        #expect(!report.written)
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try fixture.build().written)
        let before = try SiteFixture.snapshot(fixture.output)
        let guide = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        try "---\ntitle: Broken\n---\n".write(to: guide, atomically: true, encoding: .utf8)
        let report = try fixture.build()
        #expect(report.errorCount > 0)
        #expect(!report.written)
        #expect(try SiteFixture.snapshot(fixture.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(leftovers == [".Site.lock", "Content", "Site", "Templates"])
    }

    @Test func aSuccessfulBuildReplacesTheWholeSite() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.output, withIntermediateDirectories: true)
        try "old".write(to: fixture.output.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        #expect(try fixture.build().written)
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("stale.html").path))
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("index.html").path))
    }

    @Test func buildsIntoAFolderWhoseParentsDoNotExistYet() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let output = fixture.folder.appendingPathComponent("new/deeper/Site")
        #expect(try fixture.build(output: output).written)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func refusesAnOutputFolderThatHoldsTheContent() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for output in [fixture.content, fixture.folder] {
            #expect(throws: EnvironmentError.self) { try fixture.build(output: output) }
        }
        #expect(FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("site.yaml").path))
    }

    @Test func warningsBuildUnlessStrict() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let guide = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        try (String(contentsOf: guide, encoding: .utf8) + "\nFor the form, [click here](raising-a-concern.md).\n")
            .write(to: guide, atomically: true, encoding: .utf8)
        let relaxed = try fixture.build()
        #expect(relaxed.written)
        #expect(relaxed.warningCount == 1)
        #expect(
            fixture.messages(relaxed).hasPrefix(
                "Content/guides/concerns/making-a-complaint.md:21:15: warning: the link text \"click here\""))
        try FileManager.default.removeItem(at: fixture.output)
        let strict = try fixture.build(strict: true)
        #expect(!strict.written)
        #expect(strict.errorCount == 1)
    }

    @Test func theBundledSiteBuildsByteForByteTheSameTwice() throws {
        let fixture = try SiteFixture(base: SiteFixture.repository.appendingPathComponent("Content"))
        defer { fixture.remove() }
        let templates = SiteFixture.repository.appendingPathComponent("Templates")
        let second = fixture.folder.appendingPathComponent("Second")
        let first = try fixture.build(templates: templates)
        #expect(first.errorCount == 0, "\(fixture.messages(first))")
        #expect(try fixture.build(templates: templates, output: second).written)
        let a = try SiteFixture.snapshot(fixture.output)
        let b = try SiteFixture.snapshot(second)
        #expect(a.count > 20)
        #expect(a == b)
    }
}
