import BuiltIn
import Content
import Diagnostics
import Foundation
import NewSite
import Site
import Testing

/// `signpost new site`: the starter site, filled in for a trust, builds with no errors and no warnings as it is.
@Suite struct NewSiteTests {
    func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(UUID().uuidString)")
    }

    func details(organisation: String = "Northshire Hospitals NHS Foundation Trust") throws -> SiteDetails {
        let (details, problems) = SiteDetails.check(
            organisation: organisation, baseURL: "https://pals.northshire.nhs.uk", phone: "01632 960000",
            email: "pals@northshire.nhs.uk", today: SiteFixture.today)
        #expect(problems.isEmpty)
        return try #require(details)
    }

    func options(_ folder: URL, output: String = "") -> BuildOptions {
        BuildOptions(
            contentDirectory: folder.appendingPathComponent("Content").path,
            templatesDirectory: folder.appendingPathComponent("Templates").path, outputDirectory: output,
            today: SiteFixture.today, defaultTemplates: BuiltIn.templates)
    }

    /// A name with every character that means something in YAML, Markdown or HTML.
    @Test(arguments: [
        "Northshire Hospitals NHS Foundation Trust", #"St Mary's & "Queen's" [North] \ *Hospital* (Trust) #1 _x_ `y`"#,
    ])
    func aNewSiteBuildsAndChecksWithNoProblemsWithNoTemplatesFolder(organisation: String) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try SiteStarter.create(
            in: folder.path, details: try details(organisation: organisation), files: BuiltIn.starter,
            templates: BuiltIn.templates)
        #expect(created.fileCount > 20)
        #expect(!created.todo.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates").path))

        let output = folder.appendingPathComponent("Site")
        let report = try SiteBuilder.build(options(folder, output: output.path))
        #expect(report.diagnostics.map(\.formatted) == [])
        #expect(report.written)
        // The checks count a long name's words in sentences: the name with every symbol is 12 words long.
        let checked = try SiteChecker.check(options(folder))
        #expect(checked.filter { $0.severity == .error || !organisation.contains("#") }.map(\.formatted) == [])

        // The name is on every page as it was typed, escaped for HTML.
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let escaped = organisation.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
        #expect(home.contains(escaped))
        #expect(home.contains("01632 960000"))
        #expect(home.contains("pals@northshire.nhs.uk"))
        let siteYAML = try String(
            contentsOf: folder.appendingPathComponent("Content/site.yaml"), encoding: .utf8)
        #expect(siteYAML.contains("https://pals.northshire.nhs.uk/"))
        #expect(!siteYAML.contains("{{"))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        #expect(throws: EnvironmentError.self) {
            try SiteStarter.create(
                in: folder.path, details: try details(), files: BuiltIn.starter, templates: BuiltIn.templates)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    @Test func everyWrongDetailIsReportedAtOnceByItsOption() {
        let (details, problems) = SiteDetails.check(
            organisation: "<b>Trust</b>", baseURL: "http://pals.example.nhs.uk", phone: "12345", email: "pals at example",
            today: SiteFixture.today)
        #expect(details == nil)
        #expect(problems.map(\.location.path) == ["--organisation", "--base-url", "--phone", "--email"])
        #expect(problems.allSatisfy { $0.severity == .error && $0.hint != nil })
    }
}
