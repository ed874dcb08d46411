import Content
import Foundation
import Testing
import Utilities

@testable import Site

/// The health report's rows kept for the next build: each row read back by what it shows, the next version added to
/// the end of the file while most of it is used, a row shown twice held once, and nothing for another day.
struct KnownReportRowsTests {
    static let base = Fingerprint(high: 1, low: 2)
    static let today = Day(iso: "2026-11-22")

    /// Which of `rows` a build takes from the last build's file.
    ///
    /// The file is read when `reuse`; the rows are handed over `atATime` at a time (each taken from the file when it
    /// has it, made otherwise), the text they come to is checked, and the rows are saved for the next build.
    static func build(
        in folder: URL, rows: [(key: UInt64, text: String)], reuse: Bool = true, today: Day? = today, atATime: Int = 16
    ) throws -> [UInt64] {
        let day = try #require(today)
        let known = KnownReportRows(folder: folder.path, base: base, today: day, reuse: reuse)
        var (text, made) = ([UInt8](), Set<Int>())
        for start in stride(from: 0, to: rows.count, by: atATime) {
            let range = start..<min(start + atATime, rows.count)
            known.append(showing: range.map { Fingerprint(high: rows[$0].key, low: 0) }, to: &text) { row in
                made.insert(start + row)
                return rows[start + row].text
            }
        }
        #expect(String(decoding: text, as: UTF8.self) == rows.map(\.text).joined())
        known.save()
        return rows.indices.filter { !made.contains($0) }.map { rows[$0].key }
    }

    static func rows(_ keys: ClosedRange<UInt64>) -> [(key: UInt64, text: String)] {
        keys.map { ($0, "<tr><td>Guide \($0)</td><td>due on 1 December 2026</td></tr>") }
    }

    @Test func rowsComeBackAndEachVersionIsAddedAfterTheLast() throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report")
        #expect(try Self.build(in: folder, rows: Self.rows(1...40), reuse: false) == [])
        let first = try Data(contentsOf: file)
        // One row changed: the other 39 are taken from the file, and the new version follows the old one's bytes.
        var edited = Self.rows(1...40)
        edited[4] = (41, "<tr><td>Guide 5, retitled</td><td>due on 1 December 2026</td></tr>")
        #expect(try Self.build(in: folder, rows: edited) == Array(1...4) + Array(6...40))
        let second = try Data(contentsOf: file)
        #expect(second.count > first.count && second.starts(with: first))
        #expect(try Self.build(in: folder, rows: edited) == edited.map(\.key))
        // Another day's report shows other dates: nothing is taken.
        #expect(try Self.build(in: folder, rows: edited, today: Day(iso: "2026-11-23")) == [])
    }

    /// A row shown twice in one report is held once, and the file is read back whole.
    @Test func aRowShownTwiceIsHeldOnce() throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let twice = Self.rows(1...3) + Self.rows(2...2)
        #expect(try Self.build(in: folder, rows: twice, reuse: false) == [])
        #expect(try Self.build(in: folder, rows: twice) == [1, 2, 3, 2])
    }

    /// A row spoilt in the file is made again; the rows before and after it, read with it, are taken.
    @Test func aSpoiltRowIsMadeAgainAndTheRestOfItsRunTaken() throws {
        let folder = try CacheManifestTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = Self.rows(1...40)
        #expect(try Self.build(in: folder, rows: rows, reuse: false) == [])
        let file = folder.appendingPathComponent("report")
        var bytes = try Data(contentsOf: file)
        let spoilt = try #require(bytes.range(of: Data(rows[19].text.utf8)))
        bytes[spoilt.lowerBound + 8] ^= 0x20
        try bytes.write(to: file)
        #expect(try Self.build(in: folder, rows: rows, atATime: 40) == Array(1...19) + Array(21...40))
        // The row made again is in the next version: every row is taken.
        #expect(try Self.build(in: folder, rows: rows, atATime: 7) == Array(1...40))
    }
}
