import Content
import Foundation
import Testing

@testable import Render

/// A service's page lists the guides that link to its record, however the link spells the record's path.
@Suite struct ServiceDirectoryTests {
    /// Only text that spells `yaml` in any case, or hides letters in percent-escapes, can lead to a record's file: the directory
    /// resolves no other link.
    @Test(arguments: [
        ("../../services/pals.yaml", true),
        ("../../services/pals.yaml#opening-hours", true),
        ("../../services/pals%2Eyaml", true),
        ("../../services/pals.y%61ml", true),
        ("../../services/yyaml-clinic.md", true),
        ("../../services/pals.yml", false),
        ("../../services/pals.YAML", true),
        ("../../services/pals.Yaml#hours", true),
        ("../../services/pals.yam", false),
        ("../../services/yayaml.md", true),
        ("../../services/pals.yamL", true),
        ("yaml", true),
        ("yam", false),
        ("../../services/pals.y-a-m-l", false),
        ("../../services/%", true),
        ("https://www.nhs.uk/", false),
        ("../making-a-complaint.md", false),
        ("#how-to-complain", false),
        ("", false),
    ])
    func aLinkThatCannotSpellARecordIsNotResolved(_ destination: String, _ mayName: Bool) {
        #expect(ServiceDirectory.mayName(aRecord: destination) == mayName)
    }

    /// Links that reach a record through a percent-escape or a `.` after its name relate the guide to the service,
    /// as a plain link does.
    @Test func aGuideLinkingToARecordInAnyWayIsRelatedToTheService() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let guide = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        try (text + "\nAsk [PALS](../../services/pals%2Eyaml) or the [pharmacy](../../services/night-pharmacy.yaml/.).\n")
            .write(to: guide, atomically: false, encoding: .utf8)
        let directory = ServiceDirectory(content: try ContentLoader.load(from: fixture.content.path))
        #expect(directory.relatedGuides["pals"]?.map(\.title) == ["Making a complaint", "Raising a concern"])
        #expect(directory.relatedGuides["night-pharmacy"]?.map(\.title) == ["Making a complaint"])
    }
}
