import Testing
import Utilities

@testable import Site

/// A kept page's files as the page cache holds them: the bytes of the stored list, read back as the same paths.
struct MadeFilesTests {
    @Test(
        arguments: [
            [],
            ["guides/complaints/making-a-complaint/index.html"],
            [
                "guides/complaints/making-a-complaint/index.html", "guides/complaints/making-a-complaint-large-print.html",
                "braille/complaints/making-a-complaint.brf", "kiosk/guides/complaints/making-a-complaint.html",
                "ur/رہنما/شکایت/index.html", "",
            ],
        ] as [[String]])
    func holdsThePathsItWasGiven(paths: [String]) throws {
        let files = MadeFiles(paths)
        #expect(files.paths == paths)
        #expect(files.count == paths.count)
        #expect(files.isEmpty == paths.isEmpty)
        // Stored as a list of strings is, and read back from among other values.
        var expected = ByteWriter()
        expected.add(paths) { $0.add($1) }
        var stored = ByteWriter()
        stored.add(7)
        files.store(into: &stored)
        stored.add("after")
        #expect(Array(stored.bytes.dropFirst().dropLast(6)) == expected.bytes)
        let bytes = stored.bytes
        var reader = ByteReader(bytes[...])
        #expect(try reader.int() == 7)
        let read = try MadeFiles(stored: &reader, in: bytes)
        #expect(read == files)
        #expect(read.paths == paths)
        #expect(try reader.string() == "after")
        #expect(reader.isAtEnd)
    }

    /// A list cut short is refused, never read as fewer paths.
    @Test func aListCutShortIsRefused() {
        var writer = ByteWriter()
        MadeFiles(["guides/a/index.html", "guides/b/index.html"]).store(into: &writer)
        let bytes = writer.bytes
        for end in 0..<bytes.count {
            let cut = Array(bytes[..<end])
            var reader = ByteReader(cut[...])
            #expect(throws: ByteReader.Malformed.self) { try MadeFiles(stored: &reader, in: cut) }
        }
    }
}
