import Foundation
import Testing
import Utilities

@testable import Site

/// The content's fingerprints kept in the build cache: read back as written, for the same content folder only, and
/// not at all when the file is spoilt.
struct KnownFingerprintsTests {
    static let prints = FileFingerprints(
        taken: 1_764_900_000_000_000_000,
        entries: [
            "guides/concerns/making-a-complaint.md": .init(
                identity: FileIdentity(
                    inode: 12, size: 2_048, modified: 1_764_800_000_000_000_001, changed: 1_764_800_000_000_000_002,
                    isDirectory: false),
                fingerprint: Fingerprint(high: 1, low: 2)),
            "services/pals.yaml": .init(
                identity: FileIdentity(
                    inode: 13, size: 900, modified: 1_764_700_000_000_000_000, changed: 1_764_700_000_000_000_000,
                    isDirectory: false),
                fingerprint: Fingerprint(high: 3, low: 4)),
        ])

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-known-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theyAreReadBackAsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        KnownFingerprints.write(Self.prints, of: "Content", to: folder.path)
        let read = KnownFingerprints.read(from: folder.path, root: "Content")
        #expect(read.taken == Self.prints.taken)
        #expect(read.entries == Self.prints.entries)
        #expect(KnownFingerprints.read(from: folder.path, root: "Other").entries.isEmpty)
    }

    /// With the listing the fingerprints were taken with: the files in its order (one with no fingerprint, which could
    /// not be read, listed all the same) and every folder with its identity come back as they were.
    @Test func theListingIsReadBackWithThem() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var listing = FolderListing()
        listing.files = ["guides/concerns/making-a-complaint.md", "guides/concerns/unreadable.md", "services/pals.yaml"]
        listing.folders = ["", "guides", "guides/concerns", "services"].enumerated().map { number, path in
            FolderListing.Folder(
                path: path,
                identity: FileIdentity(
                    inode: UInt64(number + 20), size: 4_096, modified: 1_764_600_000_000_000_000 + Int64(number),
                    changed: 1_764_600_000_000_000_100, isDirectory: true))
        }
        let prints = FileFingerprints(taken: Self.prints.taken, entries: Self.prints.entries, listing: listing)
        KnownFingerprints.write(prints, of: "Content", to: folder.path)
        let read = KnownFingerprints.read(from: folder.path, root: "Content")
        #expect(read.entries == prints.entries)
        #expect(read.listing == listing)
        // A listing that may not be kept (it refused a path) is not kept: the files are, sorted.
        listing.refused = [.init(path: "guides/pipe", reason: .notAFile)]
        KnownFingerprints.write(
            FileFingerprints(taken: Self.prints.taken, entries: Self.prints.entries, listing: listing), of: "Content",
            to: folder.path)
        let again = KnownFingerprints.read(from: folder.path, root: "Content")
        #expect(again.entries == prints.entries)
        #expect(again.listing == nil)
    }

    @Test func aSpoiltFileIsNotUsed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        KnownFingerprints.write(Self.prints, of: "Content", to: folder.path)
        let file = folder.appendingPathComponent("content")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 1
        try bytes.write(to: file)
        #expect(KnownFingerprints.read(from: folder.path, root: "Content").entries.isEmpty)
        try bytes.prefix(bytes.count - 3).write(to: file)
        #expect(KnownFingerprints.read(from: folder.path, root: "Content").entries.isEmpty)
    }
}
