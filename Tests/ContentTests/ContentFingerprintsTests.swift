import Content
import Foundation
import Testing
import Utilities

/// The content folder's fingerprints take the last build's listing while no folder of it changed, and list the folder
/// again once one did: a guide added is always found.
struct ContentFingerprintsTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-content-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("guides/concerns"), withIntermediateDirectories: true)
        try Data("title: PALS\n".utf8).write(to: root.appendingPathComponent("site.yaml"))
        try Data("# Making a complaint\n".utf8).write(to: root.appendingPathComponent("guides/concerns/complaints.md"))
        // Its folders last changed an hour ago, as settled folders did: a change made now moves their times, however
        // coarsely the disk keeps them.
        let hourAgo = Date(timeIntervalSinceNow: -3_600)
        for folder in ["guides/concerns", "guides", ""] {
            try FileManager.default.setAttributes(
                [.modificationDate: hourAgo], ofItemAtPath: root.appendingPathComponent(folder).path)
        }
        return root
    }

    /// What the last build knew: the fingerprints and listing taken now, as if taken a minute from now (so every
    /// folder here has settled).
    static func known(of root: URL) throws -> FileFingerprints {
        let taken = try ContentFolder.fingerprints(of: root.path).files
        return FileFingerprints(
            taken: FileFingerprints.now() + 60 * 1_000_000_000, entries: taken.entries, listing: taken.listing)
    }

    @Test func aListingWhoseFoldersAreAsTheyWereIsTakenAgain() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let known = try Self.known(of: root)
        let again = try ContentFolder.fingerprints(of: root.path, known: known)
        #expect(again.listing == known.listing)
        #expect(again.listing == (try FileSystem.listing(of: root.path)))
        #expect(!again.changed)
    }

    @Test func aGuideAddedIsFound() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let known = try Self.known(of: root)
        try Data("# Advocacy\n".utf8).write(to: root.appendingPathComponent("guides/concerns/advocacy.md"))
        let again = try ContentFolder.fingerprints(of: root.path, known: known)
        #expect(again.listing.files == ["guides/concerns/advocacy.md", "guides/concerns/complaints.md", "site.yaml"])
        #expect(again.pages["guides/concerns/advocacy.md"] == Fingerprint.ofFile(root.path + "/guides/concerns/advocacy.md"))
        #expect(again.changed)
        #expect(again.files.listing == again.listing)
    }
}
