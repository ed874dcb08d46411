import Content
import Foundation
import Render
import Site
import Testing

/// `signpost build --only kiosk` and the kiosk's place in a whole build.
struct KioskBuildTests {
    func build(_ fixture: SiteFixture, only: Set<SiteOutput>) throws -> BuildReport {
        try SiteBuilder.build(
            BuildOptions(
                contentDirectory: fixture.content.path,
                templatesDirectory: SiteFixture.fixtures.appendingPathComponent("templates").path,
                outputDirectory: fixture.output.path, today: SiteFixture.today, only: only))
    }

    @Test func onlyKioskReplacesTheKioskAndLeavesTheRestAsItWas() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try build(fixture, only: []).written)
        let whole = try SiteFixture.snapshot(fixture.output)
        #expect(whole.keys.contains("kiosk/index.html"))
        let stale = fixture.output.appendingPathComponent("kiosk/stale.html")
        try "old".write(to: stale, atomically: true, encoding: .utf8)
        let keep = fixture.output.appendingPathComponent("guides/concerns/making-a-complaint/index.html")
        try "edited by hand".write(to: keep, atomically: true, encoding: .utf8)

        let report = try build(fixture, only: [.kiosk])
        #expect(report.written)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(try String(contentsOf: keep, encoding: .utf8) == "edited by hand")
        let after = try SiteFixture.snapshot(fixture.output)
        #expect(after.filter { $0.key.hasPrefix("kiosk/") } == whole.filter { $0.key.hasPrefix("kiosk/") })
    }

    @Test func onlyKioskIntoAnEmptyFolderWritesTheKioskAlone() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let report = try build(fixture, only: [.kiosk])
        #expect(report.written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.output.path) == ["kiosk"])
        let pages = try SiteFixture.files(under: fixture.output).filter { $0.hasSuffix(".html") }
        #expect(report.pageCount == pages.count)
    }

    /// Each choice of outputs, into an empty folder, writes exactly the files of a whole build that those outputs make
    /// (the styles and pictures the website and its formats share with either), byte for byte.
    @Test(
        arguments: [[SiteOutput.web], [.formats], [.kiosk], [.web, .formats], [.web, .kiosk], [.formats, .kiosk]]
            as [Set<SiteOutput>])
    func onlyMakesWhatItNamesAndNothingElse(only: Set<SiteOutput>) throws {
        let whole = try SiteFixture()
        defer { whole.remove() }
        #expect(try build(whole, only: []).written)
        let everything = try SiteFixture.snapshot(whole.output)
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try build(fixture, only: only).written)
        let made = try SiteFixture.snapshot(fixture.output)
        let expected = everything.filter { path, _ in
            SiteOutput.owner(of: path, languages: []).map(only.contains) ?? !only.isDisjoint(with: [.web, .formats])
        }
        #expect(Set(made.keys) == Set(expected.keys))
        #expect(made == expected)
    }

    /// `--only` into a built site makes its outputs again and keeps every other file as it was, a hand edit included;
    /// a file of a rebuilt output that the build no longer makes is gone.
    @Test func onlyRebuildsItsOutputsAndKeepsTheRestOfTheSite() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try build(fixture, only: []).written)
        let guide = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        try (text + "\nA new sentence about complaints.\n").write(to: guide, atomically: true, encoding: .utf8)
        let stale = fixture.output.appendingPathComponent("leaflets/stale.html")
        try "old".write(to: stale, atomically: true, encoding: .utf8)
        let mine = fixture.output.appendingPathComponent("verification.html")
        try "kept".write(to: mine, atomically: true, encoding: .utf8)
        let webPage = fixture.output.appendingPathComponent("guides/concerns/making-a-complaint/index.html")
        let largePrint = fixture.output.appendingPathComponent("large-print/concerns/making-a-complaint/index.html")

        #expect(try build(fixture, only: [.formats]).written)
        #expect(try String(contentsOf: largePrint, encoding: .utf8).contains("A new sentence about complaints."))
        #expect(try !String(contentsOf: webPage, encoding: .utf8).contains("A new sentence about complaints."))
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "kept")

        #expect(try build(fixture, only: [.web, .kiosk]).written)
        #expect(try String(contentsOf: webPage, encoding: .utf8).contains("A new sentence about complaints."))
        #expect(!FileManager.default.fileExists(atPath: mine.path))
        let whole = try SiteFixture.snapshot(fixture.output)
        #expect(try build(fixture, only: []).written)
        #expect(try SiteFixture.snapshot(fixture.output) == whole)
    }

    @Test func everyKioskAddressIsRelativeAndNamesItsFile() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try build(fixture, only: [.kiosk]).written)
        let kiosk = fixture.output.appendingPathComponent("kiosk")
        let pattern = try Regex(#"(?:href|src)="([^"]*)""#)
        for (path, data) in try SiteFixture.snapshot(kiosk) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in html.matches(of: pattern) {
                let address = String(match.output[1].substring ?? "")
                #expect(!address.hasPrefix("/") && !address.contains(":"), "\(path): \(address) is not relative")
                let file = address.split(separator: "#", omittingEmptySubsequences: false)[0]
                if file.isEmpty { continue }
                #expect(!file.hasSuffix("/"), "\(path): \(address) names a folder")
                let target = kiosk.appendingPathComponent(path).deletingLastPathComponent().appendingPathComponent(String(file))
                #expect(FileManager.default.fileExists(atPath: target.standardized.path), "\(path): \(address) does not exist")
            }
        }
    }
}

/// `PageKind` names each kind of file once; what a build counts and requires is read from it.
@Suite struct PageKindTests {
    @Test(arguments: [[], [SiteOutput.web], [.formats], [.kiosk], [.web, .formats]] as [Set<SiteOutput>])
    func theBuildCountsEveryHTMLPageItWrites(only: Set<SiteOutput>) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let report = try SiteBuilder.build(
            BuildOptions(
                contentDirectory: fixture.content.path,
                templatesDirectory: SiteFixture.fixtures.appendingPathComponent("templates").path,
                outputDirectory: fixture.output.path, today: SiteFixture.today, only: only))
        #expect(report.written)
        let pages = try SiteFixture.files(under: fixture.output).filter { $0.hasSuffix(".html") }
        #expect(report.pageCount == pages.count)
    }

    @Test func everyKindsTemplateIsRequiredAndAMissingOneIsAnError() throws {
        #expect(PageKind.requiredTemplates.count == Set(PageKind.requiredTemplates).count)
        for name in PageKind.requiredTemplates {
            let fixture = try SiteFixture()
            defer { fixture.remove() }
            let templates = fixture.folder.appendingPathComponent("Templates")
            try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
            try FileManager.default.removeItem(at: templates.appendingPathComponent(name + ".mustache"))
            let report = try fixture.build(templates: templates)
            #expect(!report.written)
            #expect(
                fixture.messages(report).hasPrefix("Templates/\(name).mustache: error: the template \(name).mustache is missing"))
        }
    }

    @Test func everyKindOfFileIsWrittenAndNotEmpty() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try fixture.addBranding()  // the header colour's stylesheets are made only for a site that sets one
        #expect(try fixture.build().written)
        let content = try ContentLoader.load(from: fixture.content.path)
        let sections = GuideSections.group(content)
        let directory = ServiceDirectory(content: content)
        for kind in PageKind.allCases {
            let items = PageKind.items(kind.source, content: content, sections: sections, directory: directory)
            #expect(!items.isEmpty, "the fixture has no \(kind)")
            for item in items {
                let path = (kind.output == .kiosk ? "kiosk/" : "") + kind.path(for: item)
                let size =
                    try? FileManager.default.attributesOfItem(
                        atPath: fixture.output.appendingPathComponent(path).path)[.size] as? Int
                #expect((size ?? 0) > 0, "\(kind): \(path) is missing or empty")
            }
        }
    }

    @Test func everyKindHasAnAddress() {
        for kind in PageKind.allCases {
            let path: String
            switch kind.source {
            case .site: path = kind.path(for: .site)
            case .eachCategory: path = kind.path(for: .category("Help and advice"))
            default: continue  // made from a page, section or service: its own address
            }
            #expect(!path.isEmpty, "\(kind)")
        }
    }
}
