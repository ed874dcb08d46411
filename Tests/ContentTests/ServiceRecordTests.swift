import Content
import Foundation
import Testing

/// Service records as editors write them: the README's full example, and writing a record back.
@Suite struct ServiceRecordTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The first YAML block of the README's section on the directory.
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### The directory of services"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        return String(readme[start.upperBound..<end.lowerBound])
    }

    @Test func theReadmeExampleIsAValidRecord() throws {
        let (service, problems) = ContentLoader.readServiceRecord(
            try Self.readmeExample(), path: "services/pals.yaml", display: "README.md")
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        #expect(service.name == "Patient Advice and Liaison Service (PALS)")
        #expect(
            service.hours.sentences(.english) == [
                "Open Monday to Friday, 9am to 5pm.", "Open Saturday, 10am to 12:30pm.", "Closed on Sunday.",
            ])
        #expect(service.languages.map(\.label) == ["Polish (polski)", "Urdu (اردو)", "Bengali (বাংলা)"])
        #expect(service.guides == ["guides/pals/what-pals-does.md", "guides/concerns/raising-a-concern.md"])
        #expect(service.description?.document.links.first?.destination == "../guides/concerns/making-a-complaint.md")
    }

    @Test func writingARecordBackReadsTheSame() throws {
        let (service, _) = ContentLoader.readServiceRecord(try Self.readmeExample(), path: "services/pals.yaml", display: "a")
        let yaml = ServiceYAML.write(service)
        let (again, problems) = ContentLoader.readServiceRecord(yaml, path: "services/pals.yaml", display: "b")
        #expect(problems.isEmpty)
        #expect(ServiceYAML.write(again) == yaml)
        #expect(again.hours == service.hours)
        #expect(again.description?.markdown == service.description?.markdown)
        #expect(again.location == service.location)
    }

    @Test func valuesWithQuotesAndColonsSurviveWriting() {
        var service = Service(
            id: "x", sourcePath: "services/x.yaml", displayPath: "x", name: "A \"quoted\": name\\", summary: "B", category: "C")
        service.hoursNote = "Line one\nline two"
        let yaml = ServiceYAML.write(service)
        let (again, problems) = ContentLoader.readServiceRecord(yaml, path: "services/x.yaml", display: "x")
        #expect(problems.isEmpty)
        #expect(again.name == service.name)
        #expect(again.hoursNote == service.hoursNote)
    }
}
