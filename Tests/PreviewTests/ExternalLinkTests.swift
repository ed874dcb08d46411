import Checks
import Content
import Foundation
import Testing

/// `signpost check --external`, against the preview server on this computer: a page that exists passes,
/// a missing one and a port where nothing listens are warnings at the link's line.
@Suite struct ExternalLinkTests {
    @Test func brokenLinksToOtherWebsitesAreWarnings() async throws {
        try await PreviewServerTests().withServer { port, _ in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-links-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let content = folder.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: PreviewServerTests.fixtures.appendingPathComponent("valid/Content"), to: content)
            let guide = content.appendingPathComponent("guides/concerns/making-a-complaint.md")
            let links = """

                See [an old page](http://127.0.0.1:\(port)/pals/gone/),
                [a closed site](http://127.0.0.1:9/) and
                [the PALS home page](http://127.0.0.1:\(port)/pals/).
                [A port past the last](http://127.0.0.1:99999/) is no address at all.
                """
            try (String(contentsOf: guide, encoding: .utf8) + links).write(to: guide, atomically: true, encoding: .utf8)
            let loaded = try ContentLoader.load(from: content.path)
            // Only the addresses on this computer: a test does not reach out to the internet.
            let local = ExternalLinkChecker.addresses(in: loaded).filter { $0.key.hasPrefix("http://127.0.0.1") }
            #expect(local.count == 4)
            // The checker waits for its answers, so it runs on a thread of its own, not one the server needs.
            // The server answers on the test runner's shared threads (`make test` runs the server suites in a pass of
            // their own), so the wait is generous: this test is about what each answer means, not how fast it came.
            let found = try await withCheckedContinuation { done in
                Thread { done.resume(returning: Result { try ExternalLinkChecker(timeout: 30, concurrency: 2).check(local) }) }
                    .start()
            }.get().sorted()
            let messages = found.map { "\($0.location.line):\($0.location.column) \($0.message)" }
            #expect(messages.count == 3)
            #expect(messages.first == "21:5 the link `http://127.0.0.1:\(port)/pals/gone/` may be broken: it answered 404")
            #expect(
                messages.dropFirst().first?.hasPrefix("22:1 the link `http://127.0.0.1:9/` may be broken: it did not answer")
                    == true, "\(messages)")
            #expect(
                messages.last?.hasPrefix("24:1 the link `http://127.0.0.1:99999/` is not a web address that can be opened")
                    == true,
                "\(messages)")
            #expect(found.last?.hint?.hasPrefix("correct it") == true)
        }
    }
}
