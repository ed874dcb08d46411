import Foundation
import Testing
import Utilities

/// A folder's listing is taken as it was only while every folder it walked is as it was then, and had settled: a file
/// added, removed or renamed anywhere in it, or a folder changed just before the listing, means listing it again.
struct FolderListingTests {
    /// A content folder: `site.yaml`, `guides/a.md` and `guides/more/b.md`, its folders last changed an hour ago (as
    /// settled folders are: a change made now moves their times, however coarsely the disk keeps them).
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(
            "listing", files: ["site.yaml": "text\n", "guides/a.md": "text\n", "guides/more/b.md": "text\n"])
        try folder.backdateFolders()
        return folder
    }

    /// A moment long after every folder here last changed: each has settled.
    static let later = FileFingerprints.now() + 60 * 1_000_000_000

    @Test func theListingNamesEveryFileAndFolderWithItsIdentity() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let listing = try FileSystem.listing(of: folder.path)
        #expect(listing.files == ["guides/a.md", "guides/more/b.md", "site.yaml"])
        #expect(listing.folders.map(\.path) == ["", "guides", "guides/more"])
        #expect(listing.folders.allSatisfy { $0.identity == FileIdentity(path: folder.path + "/" + $0.path) })
        #expect(listing.mayBeKept)
    }

    /// What happens to the folder after it is listed, and whether the listing is still taken as it was.
    @Test(
        arguments: [
            ("nothing", true),
            ("a file's text changed in place", true),
            ("a file added", false),
            ("a file added two folders down", false),
            ("a file removed", false),
            ("a file renamed", false),
            ("a folder added", false),
            ("a hidden file added", false),
        ])
    func theListingIsTakenAsItWasOnlyWhileNoFolderChanged(change: String, kept: Bool) throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let listing = try FileSystem.listing(of: folder.path)
        let files = FileManager.default
        switch change {
        case "a file's text changed in place": try folder.write("guides/a.md", "other text\n")
        case "a file added": try folder.write("guides/c.md", "text\n")
        case "a file added two folders down": try folder.write("guides/more/c.md", "text\n")
        case "a file removed": try files.removeItem(at: folder.root.appendingPathComponent("guides/a.md"))
        case "a file renamed":
            try files.moveItem(
                at: folder.root.appendingPathComponent("guides/a.md"), to: folder.root.appendingPathComponent("guides/d.md"))
        case "a folder added":
            try files.createDirectory(at: folder.root.appendingPathComponent("pages"), withIntermediateDirectories: false)
        case "a hidden file added": try folder.write("guides/.a.md.swp", "text\n")
        default: break
        }
        let root = try #require(OpenFolder(folder.path))
        #expect(listing.isUnchanged(under: root, settledBefore: Self.later) == kept)
        if kept { #expect(try FileSystem.listing(of: folder.path) == listing) }
    }

    /// A folder that had changed less than `FileFingerprints.settling` before the listing was taken could change again
    /// without its times moving: the listing is taken again.
    @Test func aFolderChangedJustBeforeTheListingIsListedAgain() throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let listing = try FileSystem.listing(of: folder.path)
        let root = try #require(OpenFolder(folder.path))
        let newest = listing.folders.map { max($0.identity.modified, $0.identity.changed) }.max() ?? 0
        #expect(!listing.isUnchanged(under: root, settledBefore: newest + FileFingerprints.settling - 1))
        #expect(listing.isUnchanged(under: root, settledBefore: newest + FileFingerprints.settling + 1))
    }

    /// A listing that refused a path, or listed a file through a link, is never taken as it was: the link's file can
    /// change in a folder the listing did not walk.
    @Test(arguments: ["a link to a file", "a link to nowhere"])
    func aListingWithALinkIsAlwaysTakenAgain(link: String) throws {
        let folder = try Self.folder()
        defer { folder.remove() }
        let target = link == "a link to a file" ? folder.path + "/site.yaml" : folder.path + "/missing"
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/guides/linked.md", withDestinationPath: target)
        let listing = try FileSystem.listing(of: folder.path)
        #expect(!listing.mayBeKept)
        let root = try #require(OpenFolder(folder.path))
        #expect(!listing.isUnchanged(under: root, settledBefore: Self.later))
    }
}
