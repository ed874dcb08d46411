import Content
import Foundation
import Preview
import Site
import TestSupport
import Testing

/// `signpost serve` end to end: a real server on a free local port, over a copy of the fixture site.
@Suite(.serialized) struct PreviewServerTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SiteTests/Fixtures")

    /// A copy of the valid fixture site (with the files of `overlay`, a folder of Fixtures, laid over it), a session on
    /// it with `templates` and a server, for the length of `body`.
    func withServer(
        overlay: String? = nil, templates: URL = fixtures.appendingPathComponent("templates"),
        _ body: (_ port: Int, _ content: URL) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-serve-\(UUID().uuidString)")
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("valid/Content"), to: content)
        if let overlay {
            let source = Self.fixtures.appendingPathComponent(overlay + "/Content")
            for path in try FileManager.default.subpathsOfDirectory(atPath: source.path) {
                var isFolder: ObjCBool = false
                let from = source.appendingPathComponent(path)
                guard FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder), !isFolder.boolValue else {
                    continue
                }
                let to = content.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? FileManager.default.removeItem(at: to)
                try FileManager.default.copyItem(at: from, to: to)
            }
        }
        let session = try SiteSession(
            BuildOptions(
                contentDirectory: content.path, templatesDirectory: templates.path, outputDirectory: "",
                today: Day(iso: "2026-11-22") ?? .epoch))
        #expect(session.problems.isEmpty)
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let server = Task {
            try await PreviewServer(session: session, port: 0, pollInterval: .milliseconds(20)).run(onRunning: { port in
                portSink.yield(port)
            })
        }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(port, content)
    }

    @Test func anEditedGuideReloadsTheOpenPageWithItsNewWords() async throws {
        try await withServer { port, content in
            let before = try RawHTTP.get("/pals/guides/concerns/making-a-complaint/", port: port)
            #expect(before.status == 200)
            #expect(before.body.contains("Write to us within 12 months."))
            #expect(before.body.contains("<script src=\"/_signpost/live-reload.js\" defer></script>\n</body>"))

            let events = try RawHTTP(port: port)
            events.send("/_signpost/events")
            #expect(events.read(until: ": connected").contains("text/event-stream"))

            let guide = content.appendingPathComponent("guides/concerns/making-a-complaint.md")
            let text = try String(contentsOf: guide, encoding: .utf8)
            try text.replacingOccurrences(of: "within 12 months", with: "within twelve months")
                .write(to: guide, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload").contains("event: reload\ndata: {}\n\n"))
            let after = try RawHTTP.get("/pals/guides/concerns/making-a-complaint/", port: port)
            #expect(after.body.contains("Write to us within twelve months."))

            try text.replacingOccurrences(of: "next_review: 2027-09-15", with: "next_review: soon")
                .write(to: guide, atomically: true, encoding: .utf8)
            let problems = events.read(until: "event: problems")
            #expect(problems.contains("\"where\":\"\(content.path)/guides/concerns/making-a-complaint.md:6:14\""))
            #expect(problems.contains("\"message\":\"`next_review` is not a date: `soon`\""))
            let kept = try RawHTTP.get("/pals/guides/concerns/making-a-complaint/", port: port)
            #expect(kept.status == 200)
            #expect(kept.body.contains("Write to us within twelve months."))
        }
    }

    /// After an edit the search index is made again when it is next asked for: a word new to the site is found.
    @Test func anEditedGuideIsFoundByItsNewWordsInTheSearchIndex() async throws {
        try await withServer { port, content in
            func pieces() throws -> String {
                var found = ""
                for number in 0..<100 {
                    let piece = try RawHTTP.get("/pals/search/en-GB/t\(number).js", port: port)
                    guard piece.status == 200 else { break }
                    found += piece.body
                }
                return found
            }
            #expect(try !pieces().contains("zebracrossing"))
            let events = try RawHTTP(port: port)
            events.send("/_signpost/events")
            #expect(events.read(until: ": connected").contains("text/event-stream"))
            let guide = content.appendingPathComponent("guides/concerns/making-a-complaint.md")
            let text = try String(contentsOf: guide, encoding: .utf8)
            try (text + "\nUse the zebracrossing by the main door.\n").write(to: guide, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload").contains("event: reload"))
            #expect(try pieces().contains("zebracrossing"))
        }
    }

    /// The health report is made when it is first asked for, each guide's reading age measured then: it is the report
    /// a build makes, after an edit made before it was first asked for and after one made since.
    @Test func theHealthReportIsTheBuildsAfterEdits() async throws {
        try await withServer { port, content in
            func built() throws -> String {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-report-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: folder) }
                let output = folder.appendingPathComponent("Site")
                _ = try SiteBuilder.build(
                    BuildOptions(
                        contentDirectory: content.path,
                        templatesDirectory: Self.fixtures.appendingPathComponent("templates").path,
                        outputDirectory: output.path, today: Day(iso: "2026-11-22") ?? .epoch))
                return try String(contentsOf: output.appendingPathComponent("_report/index.html"), encoding: .utf8)
            }
            func served() throws -> String {
                let response = try RawHTTP.get("/pals/_report/", port: port)
                #expect(response.status == 200)
                return response.body.replacingOccurrences(
                    of: "<script src=\"/_signpost/live-reload.js\" defer></script>\n", with: "")
            }
            let events = try RawHTTP(port: port)
            events.send("/_signpost/events")
            #expect(events.read(until: ": connected").contains("text/event-stream"))
            let guide = content.appendingPathComponent("guides/concerns/making-a-complaint.md")
            let text = try String(contentsOf: guide, encoding: .utf8)
            let harder =
                "\nNotwithstanding organisational considerations, administrative responsibilities necessitate"
                + " comprehensive documentation, particularly regarding unanticipated complications.\n"
            try (text + harder).write(to: guide, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload").contains("event: reload"))
            let first = try served()
            #expect(first.contains("Making a complaint"))
            #expect(try first == built())

            try (text + harder + harder).write(to: guide, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload").contains("event: reload"))
            let second = try served()
            #expect(second != first)
            #expect(try second == built())
        }
    }

    @Test(arguments: [
        "/pals/../Content/site.yaml", "/../../etc/passwd", "/pals/%2e%2e/%2e%2e/etc/passwd", "/pals/%2E%2E/site.yaml",
        "/pals/guides%2f..%2f..%2fsite.yaml", "/pals/guides/..%5c..%5csite.yaml", "/pals/./index.html",
    ])
    func pathsThatClimbOutOfTheSiteAreRefused(path: String) async throws {
        try await withServer { port, _ in
            let response = try RawHTTP.get(path, port: port)
            #expect(response.status == 400)
            #expect(response.body == "This address is refused: it could lead outside the site.\n")
        }
    }

    @Test func eachLanguagesPagesAreServedAndAnEditedTranslationShowsItsNewWords() async throws {
        let templates = Self.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
        try await withServer(overlay: "languages/site", templates: templates) { port, content in
            for path in ["/pals/pl/", "/pals/ur/", "/pals/pl/sections/concerns-and-complaints/", "/pals/pl/404.html"] {
                #expect(try RawHTTP.get(path, port: port).status == 200, "\(path)")
            }
            let before = try RawHTTP.get("/pals/pl/guides/concerns/making-a-complaint/", port: port)
            #expect(before.status == 200)
            #expect(before.body.contains("<html lang=\"pl\" dir=\"ltr\">"))
            #expect(before.body.contains("<h1>Jak złożyć skargę</h1>"))

            let events = try RawHTTP(port: port)
            events.send("/_signpost/events")
            #expect(events.read(until: ": connected").contains("text/event-stream"))
            let translation = content.appendingPathComponent("guides/concerns/making-a-complaint.pl.md")
            let text = try String(contentsOf: translation, encoding: .utf8)
            try text.replacingOccurrences(of: "title: Jak złożyć skargę", with: "title: Skargi")
                .write(to: translation, atomically: true, encoding: .utf8)
            #expect(events.read(until: "event: reload").contains("event: reload"))
            let after = try RawHTTP.get("/pals/pl/guides/concerns/making-a-complaint/", port: port)
            #expect(after.body.contains("<h1>Skargi</h1>"))
            // The English page lists its Polish version by its own name, Polski.
            let english = try RawHTTP.get("/pals/guides/concerns/making-a-complaint/", port: port)
            #expect(english.body.contains("hreflang=\"pl\" dir=\"ltr\">Polski</a>"))
        }
    }

    @Test func pagesAreServedUnderTheBasePathAndAnythingElseIsNotFound() async throws {
        try await withServer { port, _ in
            let expected = [
                ("/pals/", 200), ("/pals/assets/site.css", 200), ("/pals/images/door.svg", 200), ("/pals/site.yaml", 404),
                ("/index.html", 404), ("/pals/guides/concerns/making-a-complaint", 301),
            ]
            for (path, status) in expected {
                let response = try RawHTTP.get(path, port: port)
                #expect(response.status == status, "\(path)")
            }
        }
    }

    @Test func onlyRequestsForItsOwnHostNamesAreAnswered() async throws {
        try await withServer { port, _ in
            for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "192.168.1.20:\(port)"] {
                #expect(try RawHTTP.get("/pals/", port: port, host: host).status == 200, "\(host)")
            }
            // A page on another site whose name is made to point here (DNS rebinding) names its own host.
            for host in ["attacker.example:\(port)", "127.0.0.1.attacker.example", "1.2.3.4.5", ""] {
                let response = try RawHTTP.get("/pals/", port: port, host: host)
                #expect(response.status == 421, "\(host)")
                #expect(response.body == "This preview answers only requests for 127.0.0.1, localhost, [::1] or an IP address.\n")
            }
        }
    }

    @Test func overlongPathsAreRefused() async throws {
        try await withServer { port, _ in
            let response = try RawHTTP.get("/pals/" + String(repeating: "a", count: 3000), port: port)
            #expect(response.status == 414)
        }
    }
}
