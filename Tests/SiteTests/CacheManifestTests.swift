import Foundation
import Testing
import Utilities

@testable import Site

/// The build cache's manifest read back as written, its entries in parts of `CacheManifest.entriesPerPart`, whatever
/// the count and however many paths were removed from its tables; and not at all when the file is spoilt.
struct CacheManifestTests {
    /// A manifest of `files` files (one in every seven removed again, as a build removes what it keeps) and their
    /// folders.
    static func manifest(files: Int) -> CacheManifest {
        var manifest = CacheManifest(program: Fingerprint(high: 7, low: 8))
        manifest.backGeneration = 42
        manifest.inputs = Fingerprint(high: 9, low: 10)
        manifest.report.pageCount = files / 3
        manifest.report.fileCount = files
        for number in 0..<files {
            let path = "guides/section-\(number % 10)/guide-\(number)/index.html"
            let key = number % 5 == 0 ? nil : Fingerprint(high: UInt64(number), low: 1)
            manifest.front.files[path] = CacheManifest.File(
                key: key, contents: Fingerprint(high: 2, low: UInt64(number)), identity: Fingerprint(high: 3, low: 4))
            manifest.front.folders[Path.directory(of: path)] = FileIdentity(
                inode: UInt64(number), size: 0, modified: Int64(number) * 1_000, changed: 0, isDirectory: true)
        }
        for number in stride(from: 0, to: files, by: 7) {
            manifest.front.files["guides/section-\(number % 10)/guide-\(number)/index.html"] = nil
        }
        return manifest
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes copies of `file` with one bit changed (a third and half way in, and near its end) in its place, and
    /// expects `isUsed` to be false of each.
    static func spoiling(_ file: URL, isUsed: () -> Bool) throws {
        let bytes = try Data(contentsOf: file)
        for spoilt in [bytes.count / 3, bytes.count / 2, bytes.count - 20] {
            var changed = bytes
            changed[spoilt] ^= 1
            try changed.write(to: file)
            #expect(!isUsed())
        }
    }

    static func entries<Value>(_ table: PathTable<Value>) -> [String: Value] {
        var entries: [String: Value] = [:]
        table.forEach { entries[$0] = $1 }
        return entries
    }

    /// Expects `read` to hold every file of `written` with its key, contents and identity, and every folder with its
    /// inode and modification time (all a manifest keeps of a folder), and nothing else.
    static func expectSame(_ read: CacheManifest.Tree, as written: CacheManifest.Tree) {
        let (files, readFiles) = (entries(written.files), entries(read.files))
        #expect(readFiles.count == files.count)
        #expect(
            readFiles.allSatisfy { path, file in
                files[path].map { $0.key == file.key && $0.contents == file.contents && $0.identity == file.identity }
                    ?? false
            })
        let (folders, readFolders) = (entries(written.folders), entries(read.folders))
        #expect(readFolders.count == folders.count)
        #expect(
            readFolders.allSatisfy { path, folder in
                folders[path].map { $0.inode == folder.inode && $0.modified == folder.modified } ?? false
            })
    }

    /// `manifest` written to `folder` with `back` as its back file, as a build writes them, and read back: the
    /// manifest as written (naming its back) and as read.
    static func writtenWithBack(
        _ manifest: CacheManifest, back: CacheManifest.Tree, in folder: URL
    ) throws -> (written: CacheManifest, read: CacheManifest) {
        var written = manifest
        written.backGeneration = try written.writeBack(back, to: folder.path)
        try written.write(to: folder.path)
        return (written, try #require(CacheManifest.read(from: folder.path, program: manifest.program)))
    }

    @Test(arguments: [0, 1, CacheManifest.entriesPerPart, CacheManifest.entriesPerPart + 1, 2_500])
    func itIsReadBackAsWritten(files: Int) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = Self.manifest(files: files)
        try written.write(to: folder.path)
        let read = try #require(CacheManifest.read(from: folder.path, program: written.program))
        #expect(read.generation == written.generation)
        #expect(read.backGeneration == 42)
        #expect(read.inputs == written.inputs)
        #expect(read.report.pageCount == written.report.pageCount && read.report.fileCount == files)
        Self.expectSame(read.front, as: written.front)
        #expect(CacheManifest.read(from: folder.path, program: Fingerprint(high: 7, low: 9)) == nil)
    }

    /// The back tree's manifest is read into tables that share the front's paths (most paths in both, many removed
    /// from one), and comes back as written.
    @Test func theBackIsReadBackAsWrittenBesideTheFront() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let back = Self.manifest(files: 2_100)
        var front = Self.manifest(files: 3_000)
        for number in stride(from: 1, to: 3_000, by: 3) {
            front.front.files["guides/section-\(number % 10)/guide-\(number)/index.html"] = nil
        }
        let read = try Self.writtenWithBack(front, back: back.front, in: folder).read
        let readBack = try #require(CacheManifest.back(from: folder.path, of: read))
        Self.expectSame(readBack, as: back.front)
        #expect(Self.entries(read.front.files).count == Self.entries(front.front.files).count)
    }

    /// The back tree is recorded by the front's paths, and in full for the paths the front does not have: whether its
    /// table was made from the front's paths or not, in the front's order, in the reverse order, every other one, with
    /// paths the front does not have, or the front's own files with their own identities, each file and folder comes
    /// back with what was written for it.
    @Test(arguments: ["same order", "reversed", "every other", "others besides", "the front's files"])
    func theBackComesBackWhateverTheOrderOfItsPaths(order: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let front = Self.manifest(files: 1_500)
        var paths = front.front.files.paths
        var folders = front.front.folders.paths
        switch order {
        case "reversed": (paths, folders) = (paths.reversed(), folders.reversed())
        case "every other":
            paths = paths.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            folders = folders.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        case "others besides":
            paths = paths.flatMap { [$0, "kiosk/" + $0] }
            folders = ["kiosk"] + folders.flatMap { [$0, "kiosk/" + $0] }
        default: break
        }
        var back = CacheManifest(program: front.program)
        if order == "the front's files" { back.front.files = PathTable(pathsOf: front.front.files) }
        for (number, path) in paths.enumerated() {
            let same = order == "the front's files" && number % 3 != 0
            back.front.files[path] = CacheManifest.File(
                key: same ? front.front.files[path]?.key : number % 4 == 0 ? nil : Fingerprint(high: 5, low: UInt64(number)),
                contents: same
                    ? try #require(front.front.files[path]?.contents) : Fingerprint(high: 6, low: UInt64(number)),
                identity: Fingerprint(high: 7, low: UInt64(number)))
        }
        for (number, path) in folders.enumerated() {
            back.front.folders[path] = FileIdentity(
                inode: UInt64(number) + 100, size: 0, modified: Int64(number), changed: 0, isDirectory: true)
        }
        let read = try Self.writtenWithBack(front, back: back.front, in: folder).read
        let readBack = try #require(CacheManifest.back(from: folder.path, of: read))
        #expect(readBack.files.count == paths.count && readBack.folders.count == folders.count)
        Self.expectSame(readBack, as: back.front)
    }

    /// A back file counts only with the manifest that names it, and not at all when it is spoilt.
    @Test func aBackIsUsedOnlyWithItsManifestAndAsWritten() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (manifest, read) = try Self.writtenWithBack(
            Self.manifest(files: 2_500), back: Self.manifest(files: 2_000).front, in: folder)
        #expect(CacheManifest.back(from: folder.path, of: read)?.files.count == 2_000 - 2_000 / 7 - 1)
        var other = read
        other.backGeneration = manifest.backGeneration.map { $0 &+ 1 }
        #expect(CacheManifest.back(from: folder.path, of: other) == nil)
        var fewer = read
        fewer.front.files["guides/section-1/guide-1/index.html"] = nil
        #expect(CacheManifest.back(from: folder.path, of: fewer) == nil)
        try Self.spoiling(folder.appendingPathComponent("back")) { CacheManifest.back(from: folder.path, of: read) != nil }
    }

    @Test func aSpoiltManifestIsNotUsed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.manifest(files: 2_500).write(to: folder.path)
        let file = folder.appendingPathComponent("manifest")
        let bytes = try Data(contentsOf: file)
        try Self.spoiling(file) { CacheManifest.read(from: folder.path, program: Fingerprint(high: 7, low: 8)) != nil }
        try bytes.prefix(bytes.count - 3).write(to: file)
        #expect(CacheManifest.read(from: folder.path, program: Fingerprint(high: 7, low: 8)) == nil)
    }
}
