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
