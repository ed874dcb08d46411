import Foundation
import Testing
import Utilities

struct FileSystemTests {
    private func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("signpost-fs-\(UUID().uuidString)").path
    }

    @Test func createsNestedFoldersFromManyThreadsAtOnce() throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        let paths = (0..<200).map { "\(root)/guides/topic-\($0 % 7)/page-\($0)" }
        let failures = Parallel.map(paths + paths) { path -> String? in
            do {
                try FileSystem.createDirectory(path)
                return nil
            } catch { return "\(error)" }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        #expect(paths.allSatisfy(FileSystem.isDirectory))
    }

    @Test func removesAWholeTreeInParallel() throws {
        let root = temporaryFolder()
        for index in 0..<120 {
            let folder = "\(root)/guides/topic-\(index % 5)/page-\(index)"
            try FileSystem.createDirectory(folder)
            try FileSystem.write("page \(index)", to: folder + "/index.html")
        }
        try FileSystem.write("top", to: root + "/index.html")
        try FileSystem.removeInParallel(root)
        #expect(!FileSystem.exists(root))
    }

    @Test func writesAndReadsBackExactBytes() throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        try FileSystem.createDirectory(root)
        try FileSystem.write("café – 020 7946 0000\n", to: root + "/a.txt")
        #expect(try FileSystem.readText(root + "/a.txt") == "café – 020 7946 0000\n")
        try FileSystem.copyFile(root + "/a.txt", to: root + "/b.txt")
        #expect(try FileSystem.readBytes(root + "/b.txt") == Array("café – 020 7946 0000\n".utf8))
    }

    @Test(arguments: [
        [],  // an empty file
        ["one whole page"],  // written straight from its string
        ["<tr>a</tr>\n", "<tr>b</tr>\n", "<tr>c</tr>\n"],  // small pieces gathered
        ["head ", String(repeating: "x", count: 70_000), " middle ", String(repeating: "é", count: 40_000), " tail"],
    ])
    func writesAFileFromPiecesInOrder(pieces: [String]) throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        try FileSystem.createDirectory(root)
        try FileSystem.write(to: root + "/page.html") { emit in pieces.forEach(emit) }
        #expect(try FileSystem.readText(root + "/page.html") == pieces.joined())
    }

    /// Bytes that are not text (a cache's numbers), in pieces small and large, come back exactly.
    @Test(arguments: [[], [0, 1], [70_000, 3, 0, 200_000]])
    func writesAFileOfBytesFromPiecesInOrder(sizes: [Int]) throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        try FileSystem.createDirectory(root)
        let pieces = sizes.enumerated().map { index, size in (0..<size).map { UInt8(truncatingIfNeeded: $0 * 7 + index + 0x80) } }
        let file = try WritingFile(root + "/pages")
        pieces.forEach(file.add)
        try file.close()
        #expect(try FileSystem.readBytes(root + "/pages") == pieces.flatMap { $0 })
    }

    /// A file added to goes on from the end it had when it was opened for reading, and is cut back to that end when
    /// what was added is dropped; a file no longer the one read (replaced, or grown since) is not added to.
    @Test func addsToTheEndOfTheFileThatWasReadAndCutsBackToIt() throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        try FileSystem.createDirectory(root)
        let path = root + "/pages"
        let first: [UInt8] = Array(0..<100)
        try FileSystem.write(first, to: path)
        let added = try WritingFile(appendingTo: try OpenFile(path))
        added.add([7, 8, 9])
        try added.close()
        #expect(try FileSystem.readBytes(path) == first + [7, 8, 9])
        let dropped = try WritingFile(appendingTo: try OpenFile(path))
        dropped.add(Array(repeating: 1, count: 70_000))
        dropped.cut(to: 103)
        #expect(try FileSystem.readBytes(path) == first + [7, 8, 9])

        let read = try OpenFile(path)
        try FileSystem.write(first, to: path + ".new")
        try FileSystem.rename(path + ".new", to: path)
        #expect(throws: FileSystem.Failure.self) { try WritingFile(appendingTo: read) }
        let grown = try OpenFile(path)
        let other = try WritingFile(appendingTo: try OpenFile(path))
        other.add([1])
        try other.close()
        #expect(throws: FileSystem.Failure.self) { try WritingFile(appendingTo: grown) }
    }

    @Test func writingPiecesIntoAMissingFolderFails() {
        let root = temporaryFolder()
        #expect(throws: FileSystem.Failure.self) {
            try FileSystem.write(to: root + "/no-such-folder/page.html") { emit in emit("words") }
        }
    }

    /// A new file is written only where nothing is: a file, a folder, a link (even one that points nowhere) are left
    /// as they were, and the pieces are not asked for; the identity returned is what looking the file up finds.
    @Test func aNewFileIsWrittenOnlyWhereNothingIs() throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        try FileSystem.createDirectory(root + "/folder")
        try FileSystem.write("kept", to: root + "/file")
        #expect(symlink(root + "/file", root + "/link") == 0)
        #expect(symlink(root + "/nowhere", root + "/dangling") == 0)
        for taken in ["folder", "file", "link", "dangling"] {
            var asked = false
            let written = try FileSystem.writeNewFile(to: root + "/" + taken) { emit in
                asked = true
                emit("new")
            }
            #expect(written == nil && !asked, "\(taken)")
            #expect(try FileSystem.writeNewFile(Array("new".utf8), to: root + "/" + taken) == nil, "\(taken)")
        }
        #expect(try FileSystem.readText(root + "/file") == "kept")
        #expect(!FileSystem.exists(root + "/nowhere"))

        let pieces = try #require(try FileSystem.writeNewFile(to: root + "/page.html") { emit in ["a", "b"].forEach(emit) })
        #expect(try FileSystem.readText(root + "/page.html") == "ab")
        #expect(pieces == FileIdentity(path: root + "/page.html"))
        let bytes = try #require(try FileSystem.writeNewFile(Array("café".utf8), to: root + "/bytes"))
        #expect(try FileSystem.readText(root + "/bytes") == "café")
        #expect(bytes == FileIdentity(path: root + "/bytes"))
    }

    @Test func makingAFolderSaysWhetherItWasThere() throws {
        let root = temporaryFolder()
        defer { try? FileSystem.remove(root) }
        #expect(try FileSystem.createDirectory(root + "/leaflets/concerns") == false)
        #expect(try FileSystem.createDirectory(root + "/leaflets/concerns") == true)
        #expect(try FileSystem.createDirectory(root + "/leaflets") == true)
    }
}

@Suite struct FolderSwapTests {
    @Test func twoFoldersTradePlacesInOneStep() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-swap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["old", "new"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
            try name.write(to: root.appendingPathComponent(name + "/which"), atomically: true, encoding: .utf8)
        }
        let swapped = try FileSystem.exchange(root.appendingPathComponent("new").path, root.appendingPathComponent("old").path)
        #expect(swapped, "renameat2 with RENAME_EXCHANGE is missing here: a killed build could leave no site for a moment")
        #expect(try String(contentsOf: root.appendingPathComponent("old/which"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: root.appendingPathComponent("new/which"), encoding: .utf8) == "old")
    }
}
