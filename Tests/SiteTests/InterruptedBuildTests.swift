import Diagnostics
import Foundation
import Site
import Testing
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// Builds that are killed part way, or that run at the same time, with the real `signpost` binary
/// (`swift build` makes it; `make test` builds it before the tests).
@Suite(.serialized) struct InterruptedBuildTests {
    static let binary = SiteFixture.repository.appendingPathComponent(".build/debug/signpost")

    /// Starts `signpost build` on the fixture into its `Site`.
    ///
    /// `templates` is laid over Signpost's own, as a trust's folder is (by default, the repository's: the same files).
    func start(
        _ fixture: SiteFixture, stderr: Pipe? = nil,
        templates: URL = SiteFixture.repository.appendingPathComponent("Templates")
    ) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [
            "build", "--content", fixture.content.path, "--templates", templates.path, "--output", fixture.output.path,
        ]
        process.environment = ["SIGNPOST_TODAY": "2026-11-22", "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr ?? FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until the build writes: its guides' folder appears in the build cache's copy of the site, which a build
    /// writes into (beside the output, in `.Site.cache/site`).
    func waitForStaging(_ fixture: SiteFixture, of process: Process) -> Bool {
        let staging = fixture.folder.path + "/.Site.cache/site"
        for _ in 0..<2000 {
            if FileManager.default.fileExists(atPath: staging + "/guides") { return true }
            usleep(5_000)
        }
        return false
    }

    /// The bundled site's content: large enough that a build takes a while to write.
    func bundledFixture() throws -> SiteFixture {
        try SiteFixture(base: SiteFixture.repository.appendingPathComponent("Content"))
    }

    @Test func aBuildKilledWhileWritingLeavesThePreviousSiteAndTheNextBuildCleansUp() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` first")
        let fixture = try bundledFixture()
        defer { fixture.remove() }
        let first = try start(fixture)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let before = try SiteFixture.snapshot(fixture.output)
        // A change to every page, so that the next build has the whole site to write.
        let strings = fixture.folder.appendingPathComponent("Templates/strings/en.yaml")
        try FileManager.default.createDirectory(at: strings.deletingLastPathComponent(), withIntermediateDirectories: true)
        let english = SiteFixture.repository.appendingPathComponent("Templates/strings/en.yaml")
        try (String(contentsOf: english, encoding: .utf8) + "\n# edited\n").write(to: strings, atomically: false, encoding: .utf8)

        let killed = try start(fixture, templates: fixture.folder.appendingPathComponent("Templates"))
        #expect(waitForStaging(fixture, of: killed))
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(try SiteFixture.snapshot(fixture.output) == before)

        let next = try start(fixture, templates: fixture.folder.appendingPathComponent("Templates"))
        next.waitUntilExit()
        #expect(next.terminationStatus == 0)
        #expect(try SiteFixture.snapshot(fixture.output) == before)
        let after = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(after == [".Site.cache", ".Site.lock", "Content", "Site", "Templates"])
    }

    /// Builds killed at moments spread over a build's length, each after an edit, with the build cache: the site is
    /// as it was (or whole and new, when the build finished first), and the next build makes exactly what a build from
    /// nothing makes, whatever the killed one left in the cache.
    @Test func aBuildKilledAtAnyMomentLeavesACacheTheNextBuildCanTrust() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` first")
        let fixture = try bundledFixture()
        defer { fixture.remove() }
        let templates = SiteFixture.repository.appendingPathComponent("Templates")
        let started = Date()
        let first = try start(fixture)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let length = Date().timeIntervalSince(started)
        let guide = fixture.content.appendingPathComponent("guides/access/interpreting-and-translation.md")
        let moments = 5
        var killedPartWay = 0
        for moment in 0..<moments {
            try (String(contentsOf: guide, encoding: .utf8) + "\nAsk us about step \(moment).\n").write(
                to: guide, atomically: false, encoding: .utf8)
            let before = try SiteFixture.snapshot(fixture.output)
            let cold = fixture.folder.appendingPathComponent("Cold")
            defer { try? FileManager.default.removeItem(at: cold) }
            #expect(
                try SiteBuilder.build(
                    BuildOptions(
                        contentDirectory: fixture.content.path, templatesDirectory: templates.path,
                        outputDirectory: cold.path, today: SiteFixture.today)
                ).written)
            let expected = try SiteFixture.snapshot(cold)
            let killed = try start(fixture)
            usleep(useconds_t(length * Double(moment) / Double(moments) * 1_000_000))
            kill(killed.processIdentifier, SIGKILL)
            killed.waitUntilExit()
            if killed.terminationReason == .uncaughtSignal {
                killedPartWay += 1
                // Killed before the swap: the site as it was; after it: the whole new site.
                let left = try SiteFixture.snapshot(fixture.output)
                #expect(left == before || left == expected, "killed at \(moment)")
            }
            let next = try start(fixture)
            next.waitUntilExit()
            #expect(next.terminationStatus == 0)
            let made = try SiteFixture.snapshot(fixture.output)
            #expect(BuildCacheTests.differences(made, expected) == [], "after a build killed at \(moment)")
        }
        #expect(killedPartWay > 0)
    }

    @Test func aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstRuns() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "run `swift build` first")
        let fixture = try bundledFixture()
        defer { fixture.remove() }
        let first = try start(fixture)
        #expect(waitForStaging(fixture, of: first))
        // Held still while it writes (and holds the lock), so the second build surely meets it.
        kill(first.processIdentifier, SIGSTOP)
        let errors = Pipe()
        let second = try start(fixture, stderr: errors)
        second.waitUntilExit()
        kill(first.processIdentifier, SIGCONT)
        first.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(second.terminationStatus == 2)
        #expect(
            message == """
                \(fixture.output.path): error: another build is writing `\(fixture.output.path)` (process \(first.processIdentifier))
                  hint: wait for it to finish, then build again

                """
        )
        #expect(first.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("index.html").path))
    }

    @Test func leftoversOfKilledBuildsAreRemovedEvenWhenTheirProcessIDComesBack() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try fixture.build().written)
        // What builds killed at each moment leave: a staging folder, and a previous site mid-swap, one of them
        // with this very process's id (as in a container, where every build is process 1).
        for name in ["Site.building-99999", "Site.previous-\(getpid())", "Site.previous-12"] {
            let folder = fixture.folder.appendingPathComponent(name + "/guides")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "old".write(to: folder.appendingPathComponent("x.html"), atomically: true, encoding: .utf8)
        }
        try "keep".write(to: fixture.folder.appendingPathComponent("Site.previous-notes"), atomically: true, encoding: .utf8)
        #expect(try fixture.build().written)
        let after = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(after == [".Site.lock", "Content", "Site", "Site.previous-notes", "Templates"])
    }

    @Test func aSiteLeftAsidePartWayThroughTheSwapIsPutBackEvenWhenTheNextBuildFails() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(try fixture.build().written)
        let before = try SiteFixture.snapshot(fixture.output)
        // Where folders cannot be swapped in one step, a build killed between its renames leaves this.
        try FileManager.default.moveItem(at: fixture.output, to: fixture.folder.appendingPathComponent("Site.previous-4242"))
        let guide = fixture.content.appendingPathComponent("guides/concerns/making-a-complaint.md")
        try "---\ntitle: Broken\n---\n".write(to: guide, atomically: true, encoding: .utf8)
        let report = try fixture.build()
        #expect(!report.written)
        #expect(try SiteFixture.snapshot(fixture.output) == before)
        let after = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).sorted()
        #expect(after == [".Site.lock", "Content", "Site", "Templates"])
    }

    @Test func aBuildWhileTheFolderIsLockedIsRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        guard case .success(let lock) = try FolderLock.tryAcquire(beside: fixture.output.path) else {
            Issue.record("the lock was not free")
            return
        }
        // flock locks belong to the open file: a second open in this process is refused as another process is.
        #expect(throws: EnvironmentError.self) { try fixture.build() }
        lock.release()
        #expect(try fixture.build().written)
    }
}
