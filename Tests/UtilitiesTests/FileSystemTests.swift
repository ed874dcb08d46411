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
}
