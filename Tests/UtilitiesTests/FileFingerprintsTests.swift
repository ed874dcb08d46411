import Foundation
import Testing
import Utilities

/// A file whose fingerprint is known is not read again while it is as it was, once it had settled before it was read;
/// each file looked up by its path or from its folder held open alike.
struct FileFingerprintsTests {
    /// A folder with one file, `guides/a.md`, and its identity.
    struct Folder {
        let folder: TemporaryFolder
        var root: URL { folder.root }
        var path: String { folder.path }

        init() throws {
            folder = try TemporaryFolder("prints", files: ["guides/a.md": "Making a complaint\n"])
        }

        func write(_ text: String) throws {
            try folder.write("guides/a.md", text)
        }

        var identity: FileIdentity? { FileIdentity(followingLinksAt: path + "/guides/a.md") }

        func remove() { folder.remove() }

        /// The folder held open, when `heldOpen`.
        func open(_ heldOpen: Bool) -> OpenFolder? { heldOpen ? OpenFolder(path) : nil }
    }

    /// A fingerprint that no file here has: a file found with it was not read.
    static let remembered = Fingerprint(high: 7, low: 7)

    /// Fingerprints known as taken `after` nanoseconds after the file last changed, the file's entry claiming
    /// `remembered`.
    static func known(_ folder: Folder, after: Int64) throws -> FileFingerprints {
        let identity = try #require(folder.identity)
        return FileFingerprints(
            taken: max(identity.changed, identity.modified) + after,
            entries: ["guides/a.md": .init(identity: identity, fingerprint: remembered)])
    }

    @Test(arguments: [false, true]) func aFileNotKnownIsRead(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let found = FileFingerprints().fingerprint(of: "guides/a.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(found.read)
        #expect(found.print == Fingerprint.ofFile(folder.path + "/guides/a.md"))
        #expect(found.entry == .init(identity: try #require(folder.identity), fingerprint: found.print))
    }

    @Test(arguments: [false, true]) func aSettledFileFoundAsItWasIsNotRead(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let found = try Self.known(folder, after: FileFingerprints.settling + 1).fingerprint(
            of: "guides/a.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(!found.read)
        #expect(found.print == Self.remembered)
    }

    /// Read just after it changed, the file could have changed again within the same tick of the disk's clock.
    @Test(arguments: [false, true]) func aFileThatHadJustChangedIsReadAgain(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let found = try Self.known(folder, after: FileFingerprints.settling - 1).fingerprint(
            of: "guides/a.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(found.read)
        #expect(found.print == Fingerprint.ofFile(folder.path + "/guides/a.md"))
    }

    @Test(arguments: [false, true]) func aFileChangedSinceIsReadAgain(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let known = try Self.known(folder, after: FileFingerprints.settling + 1)
        try folder.write("Making a complaint about care\n")
        let found = known.fingerprint(of: "guides/a.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(found.read)
        #expect(found.print == Fingerprint.ofFile(folder.path + "/guides/a.md"))
        #expect(found.print != Self.remembered)
    }

    @Test(arguments: [false, true]) func aFileThatIsGoneHasNoEntry(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let known = try Self.known(folder, after: FileFingerprints.settling + 1)
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("guides/a.md"))
        let found = known.fingerprint(of: "guides/a.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(found.print == Fingerprint.unreadable)
        #expect(found.entry == nil)
    }

    /// A link is followed to the file it names, from the folder held open as by its path.
    @Test(arguments: [false, true]) func aLinkIsFollowedToItsFile(heldOpen: Bool) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: folder.path + "/guides/b.md", withDestinationPath: folder.path + "/guides/a.md")
        let found = FileFingerprints().fingerprint(of: "guides/b.md", under: folder.path, openAs: folder.open(heldOpen))
        #expect(found.print == Fingerprint.ofFile(folder.path + "/guides/a.md"))
        #expect(found.entry?.identity == folder.identity)
    }
}
