import BuiltIn
import Content
import Foundation
import Site
import Testing

/// The templates the binary carries, and a templates folder laid over them file by file.
@Suite struct BuiltInTemplatesTests {
    static let templates = SiteFixture.repository.appendingPathComponent("Templates")
    static let bundledContent = SiteFixture.repository.appendingPathComponent("Content")

    /// The bundled content built into a new folder with `templatesDirectory` over `defaults`.
    func build(templates: URL, defaults: [String: [UInt8]], into folder: URL) throws -> [String: Data] {
        let report = try SiteBuilder.build(
            BuildOptions(
                contentDirectory: Self.bundledContent.path, templatesDirectory: templates.path,
                outputDirectory: folder.path, today: SiteFixture.today, defaultTemplates: defaults))
        #expect(report.written)
        return try SiteFixture.snapshot(folder)
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theBinaryCarriesExactlyTheTemplatesFolder() throws {
        let onDisk = try SiteFixture.snapshot(Self.templates)
        #expect(Set(BuiltIn.templates.keys) == Set(onDisk.keys))
        for (path, data) in onDisk { #expect(BuiltIn.templates[path] == [UInt8](data), "\(path)") }
    }

    @Test func aSiteBuildsTheSameFromTheBuiltInTemplatesAsFromACopyOfThem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noFolder = folder.appendingPathComponent("Templates")  // does not exist
        let builtIn = try build(templates: noFolder, defaults: BuiltIn.templates, into: folder.appendingPathComponent("a"))
        let copied = try build(templates: Self.templates, defaults: [:], into: folder.appendingPathComponent("b"))
        #expect(builtIn.count > 100)
        #expect(builtIn == copied)
    }

    @Test func oneTemplateInTheFolderChangesOnlyWhatItMakes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "layout/header.mustache"
        let own = folder.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(
            at: own.appendingPathComponent("layout"), withIntermediateDirectories: true)
        let text = String(decoding: BuiltIn.templates[header] ?? [], as: UTF8.self)
        let changed = text.replacingOccurrences(
            of: "<header class=\"site-header\">", with: "<header class=\"site-header\" data-trust=\"own\">")
        #expect(changed != text)
        try changed.write(to: own.appendingPathComponent(header), atomically: true, encoding: .utf8)

        let plain = try build(
            templates: folder.appendingPathComponent("none"), defaults: BuiltIn.templates,
            into: folder.appendingPathComponent("a"))
        let overridden = try build(templates: own, defaults: BuiltIn.templates, into: folder.appendingPathComponent("b"))
        #expect(Set(plain.keys) == Set(overridden.keys))
        var pagesWithTheHeader = 0
        for (path, data) in plain {
            let before = String(decoding: data, as: UTF8.self)
            let expected = before.replacingOccurrences(
                of: "<header class=\"site-header\">", with: "<header class=\"site-header\" data-trust=\"own\">")
            if expected != before { pagesWithTheHeader += 1 }
            #expect(overridden[path] == Data(expected.utf8), "\(path)")
        }
        #expect(pagesWithTheHeader > 100)
    }

    @Test func aTemplatesFolderNamedButMissingIsRefusedOnlyWithoutDefaults() throws {
        let options = BuildOptions(
            contentDirectory: Self.bundledContent.path, templatesDirectory: "/nonexistent/Templates", outputDirectory: "",
            today: SiteFixture.today)
        #expect(throws: (any Error).self) { try SiteBuilder.checkFolders(options, writing: false) }
        var withDefaults = options
        withDefaults.defaultTemplates = BuiltIn.templates
        try SiteBuilder.checkFolders(withDefaults, writing: false)
    }
}
