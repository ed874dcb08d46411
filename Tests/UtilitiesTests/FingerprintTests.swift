import Foundation
import Testing
import Utilities

/// The build cache's fingerprints: the same bytes always give the same one, and any change gives another.
struct FingerprintTests {
    /// Pairs of inputs (each a list of parts) that must differ: one byte, its place, where parts are cut, an empty part.
    @Test(arguments: [
        (["guides/a.md"], ["guides/b.md"]),
        (["ab", "c"], ["a", "bc"]),
        (["abc"], ["abc", ""]),
        (["12345678"], ["12345679"]),
        (["123456789"], ["123456780"]),
        ([""], []),
        (["Making a complaint"], ["making a complaint"]),
        // Parts of 32 bytes or more are taken 32 at a time first: a change in each of the four lanes (bytes 0, 8, 16
        // and 31), or after them; and a part that differs before a long one that does not.
        ([String(repeating: "a", count: 64)], ["b" + String(repeating: "a", count: 63)]),
        ([String(repeating: "a", count: 64)], [String(repeating: "a", count: 8) + "b" + String(repeating: "a", count: 55)]),
        ([String(repeating: "a", count: 64)], [String(repeating: "a", count: 16) + "b" + String(repeating: "a", count: 47)]),
        ([String(repeating: "a", count: 64)], [String(repeating: "a", count: 31) + "b" + String(repeating: "a", count: 32)]),
        ([String(repeating: "a", count: 64)], [String(repeating: "a", count: 63) + "b"]),
        ([String(repeating: "a", count: 40)], [String(repeating: "a", count: 39) + "b"]),
        ([String(repeating: "ab", count: 16)], [String(repeating: "ba", count: 16)]),
        ([String(repeating: "a", count: 64)], [String(repeating: "a", count: 32), String(repeating: "a", count: 32)]),
        (["a", String(repeating: "a", count: 40)], ["b", String(repeating: "a", count: 40)]),
    ])
    func differentPartsGiveDifferentFingerprints(first: [String], second: [String]) {
        #expect(Self.fingerprint(first) != Self.fingerprint(second))
        #expect(Self.fingerprint(first) == Self.fingerprint(first))
    }

    /// Fixed values: a fingerprint is the same in every run and on every machine (unlike Swift's `Hasher`), so a
    /// change to how it is made shows here (and makes every cache built before it be ignored: see `CacheManifest`).
    @Test func theSameBytesGiveTheSameFingerprintInEveryRun() {
        #expect(Fingerprint.of(Array("".utf8)) == Fingerprint.of([UInt8]()))
        #expect(
            Fingerprint.of(Array("Patient Advice and Liaison Service".utf8))
                == Fingerprint(high: 2_341_260_882_309_071_558, low: 8_256_332_204_258_718_705))
    }

    /// A file is read a megabyte at a time: a file over several megabytes has one fingerprint, and a change to one byte
    /// anywhere in it, or one byte more, gives another; a file that cannot be read is `unreadable`.
    @Test func aFileIsFingerprintedAPieceAtATime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("leaflet.pdf")
        var bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: file)
        let whole = Fingerprint.ofFile(file.path)
        #expect(Fingerprint.ofFile(file.path) == whole)
        #expect(whole != Fingerprint.unreadable)
        for place in [0, (1 << 20) - 1, 1 << 20, (2 << 20) + 5, bytes.count - 1] {
            var changed = bytes
            changed[place] &+= 1
            try Data(changed).write(to: file)
            #expect(Fingerprint.ofFile(file.path) != whole, "a change at byte \(place)")
        }
        bytes.append(0)
        try Data(bytes).write(to: file)
        #expect(Fingerprint.ofFile(file.path) != whole)
        #expect(Fingerprint.ofFile(folder.appendingPathComponent("missing.pdf").path) == Fingerprint.unreadable)
        #expect(Fingerprint.ofFile(folder.path) == Fingerprint.unreadable)  // a folder is not a file
        // A file of up to a megabyte is one piece: its fingerprint is that of its bytes.
        let small = folder.appendingPathComponent("door.svg")
        try Data("<svg/>".utf8).write(to: small)
        #expect(Fingerprint.ofFile(small.path) == Fingerprint.of(Array("<svg/>".utf8)))
    }

    static func fingerprint(_ parts: [String]) -> Fingerprint {
        var maker = Fingerprinter()
        for part in parts { maker.add(part) }
        return maker.finish()
    }
}
