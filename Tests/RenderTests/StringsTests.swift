import Diagnostics
import Foundation
import Testing

@testable import Render

/// The words Signpost puts together itself come from the templates folder's `strings/en.yaml`.
struct StringsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A templates folder holding only `strings/en.yaml` with `text`.
    func folder(_ text: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-strings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("strings"), withIntermediateDirectories: true)
        if let text { try text.write(to: folder.appendingPathComponent("strings/en.yaml"), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func theBundledFileHasEveryKeyAndNoOther() throws {
        // Loaded with the templates, which use the rest of its keys (`{{t.key}}`).
        let templates = Self.repository.appendingPathComponent("Templates").path
        let (set, problems) = TemplateSet.load(from: try TemplateFolder.open(templates, defaults: [:]).0, required: [])
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        for key in Strings.Key.allCases { #expect(!set.strings(key).isEmpty, "\(key)") }
    }

    @Test func valuesFillTheirPlaces() {
        let strings = Strings(texts: ["section_summary": "Guides about {section} from the {site}."])
        #expect(
            strings(.sectionSummary, ["section": "bereavement", "site": "PALS"]) == "Guides about bereavement from the PALS.")
    }

    @Test func aMissingKeyIsAnErrorAndAnUnknownOneAWarning() throws {
        var lines = try String(contentsOf: Self.repository.appendingPathComponent("Templates/strings/en.yaml"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("kiosk_topics:") }.map(String.init)
        lines.append("kiosk_topic: Guides by topic")
        let folder = try folder(lines.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The templates' keys (`{{t.key}}`) are every other key of the file.
        let templateKeys = Set(
            lines.compactMap { $0.first?.isLetter == true ? $0.split(separator: ":").first.map(String.init) : nil })
        let (_, problems) = Strings.load(
            from: try TemplateFolder.open(folder.path, defaults: [:]).0, templateKeys: templateKeys.subtracting(["kiosk_topic"]))
        let path = folder.path + "/strings/en.yaml"
        #expect(
            problems.map(\.formatted) == [
                "\(path): error: `kiosk_topics` is missing from strings/en.yaml\n  hint: add a line `kiosk_topics: ...` with the words readers should see",
                "\(path): warning: `kiosk_topic` is not a key Signpost uses\n  hint: did you mean `kiosk_topics`?",
            ])
    }

    @Test func aMissingFileIsAnError() throws {
        let folder = try folder(nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, problems) = Strings.load(from: try TemplateFolder.open(folder.path, defaults: [:]).0, templateKeys: [])
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the strings file strings/en.yaml is missing or cannot be read")
    }
}
