import Content
import Diagnostics
import Foundation
import Site

/// Builds fixture sites in temporary folders, and reads what they made.
struct SiteFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let today = Day(iso: "2026-11-22") ?? .epoch

    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }
    var output: URL { folder.appendingPathComponent("Site") }

    /// The valid fixture site with the files of `overlay` (a folder under Fixtures/`group`) laid over it.
    init(
        overlay: String? = nil, group: String = "invalid",
        base: URL = SiteFixture.fixtures.appendingPathComponent("valid/Content")
    ) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: base, to: content)
        if let overlay {
            let source = Self.fixtures.appendingPathComponent("\(group)/\(overlay)/Content")
            for path in try Self.files(under: source) {
                let target = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
            }
        }
    }

    /// The fixture templates, copied beside the content so that diagnostics name them as `Templates/...` on any machine
    /// and sort after `Content/...` wherever the repository is checked out.
    func copiedTemplates() throws -> URL {
        let templates = folder.appendingPathComponent("Templates")
        if !FileManager.default.fileExists(atPath: templates.path) {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("templates"), to: templates)
        }
        return templates
    }

    func build(templates: URL? = nil, output: URL? = nil, strict: Bool = false) throws -> BuildReport {
        let templates = try templates ?? copiedTemplates()
        return try SiteBuilder.build(
            BuildOptions(
                contentDirectory: content.path, templatesDirectory: templates.path, outputDirectory: (output ?? self.output).path,
                strict: strict, today: Self.today))
    }

    /// What `signpost check` finds.
    func check(templates: URL? = nil) throws -> [Diagnostic] {
        let templates = try templates ?? copiedTemplates()
        return try SiteChecker.check(
            BuildOptions(
                contentDirectory: content.path, templatesDirectory: templates.path, outputDirectory: output.path,
                today: Self.today))
    }

    /// The diagnostics as an editor sees them, with the temporary folder's path taken off.
    func messages(_ report: BuildReport) -> String {
        messages(report.diagnostics)
    }

    func messages(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.formatted).joined(separator: "\n").replacingOccurrences(of: folder.path + "/", with: "")
    }

    /// Gives the site a logo (the fixture's `images/door.svg`) and a header colour, NHS blue.
    func addBranding(colour: String = "#005eb8") throws {
        let settings = content.appendingPathComponent("site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        let branding = "branding:\n  logo: images/door.svg\n  logo_alt: Example Hospitals\n  header_colour: \"\(colour)\"\n"
        try (text + branding).write(to: settings, atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Every file under a folder, relative to it, sorted.
    static func files(under root: URL) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Every file under a folder with its bytes.
    static func snapshot(_ root: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try files(under: root) { result[path] = try Data(contentsOf: root.appendingPathComponent(path)) }
        return result
    }
}
