import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Print

/// A built site's leaflets as `signpost print` finds them, in a folder made for the test.
struct PrintFixture {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-print-\(UUID().uuidString)")
    var site: URL { folder.appendingPathComponent("Site") }

    init() throws {
        for (path, text) in [
            ("leaflets/concerns/making-a-complaint.html", "<p>A5</p>"),
            ("leaflets/concerns/making-a-complaint-large-print.html", "<p>A4</p>"),
            ("leaflets/concerns/making-a-complaint-easy-read.html", "<p>Easy</p>"),
            ("leaflets/concerns/raising-a-concern.html", "<p>A5</p>"),
            ("guides/concerns/making-a-complaint/index.html", "<h1>Making a complaint</h1>"),
            ("images/door.svg", "<svg/>"),
        ] {
            let file = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        try "secret".write(to: folder.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("images/secret.svg").path,
            withDestinationPath: folder.appendingPathComponent("secret.txt").path)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Choosing which leaflets `signpost print` prints.
@Suite struct LeafletSelectionTests {
    @Test(arguments: [
        "concerns/making-a-complaint", "guides/concerns/making-a-complaint.md",
        "Content/guides/concerns/making-a-complaint.md", "easy-read/concerns/making-a-complaint.md",
        "concerns/making-a-complaint/",
    ])
    func onlyAcceptsAGuidesPathInAnyFormAnEditorKnows(only: String) throws {
        let fixture = try PrintFixture()
        defer { fixture.remove() }
        let chosen = try LeafletPrinter.leaflets(in: fixture.site.path, only: only)
        #expect(
            chosen == [
                "leaflets/concerns/making-a-complaint-easy-read.html", "leaflets/concerns/making-a-complaint-large-print.html",
                "leaflets/concerns/making-a-complaint.html",
            ])
    }

    @Test func everyLeafletWithoutOnly() throws {
        let fixture = try PrintFixture()
        defer { fixture.remove() }
        #expect(try LeafletPrinter.leaflets(in: fixture.site.path).count == 4)
        #expect(throws: EnvironmentError.self) {
            try LeafletPrinter.leaflets(in: fixture.site.path, only: "concerns/no-such-guide")
        }
        #expect(throws: EnvironmentError.self) { try LeafletPrinter.leaflets(in: fixture.folder.path) }
    }

    @Test func aMissingChromiumIsFoundMissing() {
        #expect(LeafletPrinter.findChromium(environment: ["SIGNPOST_CHROMIUM": "/nonexistent/chromium"]) == nil)
    }
}

/// The server `signpost print` reads the site through.
@Suite struct SiteFileServerTests {
    @Test func servesOnlyTheSitesFilesUnderItsBasePath() throws {
        let fixture = try PrintFixture()
        defer { fixture.remove() }
        let server = SiteFileServer(root: fixture.site.path, basePath: "/pals/")
        let site = fixture.site.path
        let guide = site + "/guides/concerns/making-a-complaint/index.html"
        #expect(server.file(for: "/pals/guides/concerns/making-a-complaint/") == guide)
        #expect(server.file(for: "http://www.example-hospital.nhs.uk/pals/guides/concerns/making-a-complaint/?a=1") == guide)
        #expect(server.file(for: "/pals/images/door.svg") == site + "/images/door.svg")
        for outside in [
            "/pals/../secret.txt", "/pals/%2e%2e/secret.txt", "/guides/", "/pals/missing.html", "/pals/images/secret.svg",
        ] {
            #expect(server.file(for: outside) == nil, "\(outside)")
        }
    }

    @Test func answersABrowserThatUsesItAsItsProxy() async throws {
        let fixture = try PrintFixture()
        defer { fixture.remove() }
        let server = SiteFileServer(root: fixture.site.path, basePath: "/pals/")
        let (page, image) = try await server.serving { proxy in
            let port = Int(proxy.split(separator: ":").last ?? "") ?? 0
            return (
                try await RawHTTP.fetch(
                    "http://www.example-hospital.nhs.uk/pals/guides/concerns/making-a-complaint/", port: port,
                    host: "www.example-hospital.nhs.uk"),
                try await RawHTTP.fetch("/pals/images/secret.svg", port: port, host: "www.example-hospital.nhs.uk")
            )
        }
        #expect(page.hasPrefix("HTTP/1.1 200"))
        #expect(page.contains("Content-Type: text/html; charset=utf-8"))
        #expect(page.hasSuffix("<h1>Making a complaint</h1>"))
        #expect(image.hasPrefix("HTTP/1.1 404"))
    }
}
