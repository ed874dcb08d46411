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
    /// The file is read when `reuse`; each row is asked for (taken from the file when it has it, made otherwise), and
    /// the rows are saved for the next build.
    static func build(
        in folder: URL, rows: [(key: UInt64, text: String)], reuse: Bool = true, today: Day? = today
    ) throws -> [UInt64] {
        let day = try #require(today)
        let known = KnownReportRows(folder: folder.path, base: base, today: day, reuse: reuse)
        var taken: [UInt64] = []
        for (key, text) in rows {
            let shown = Fingerprint(high: key, low: 0)
            if let kept = known.text(showing: shown) {
                #expect(kept == text)
                taken.append(key)
            } else {
                known.made(text, showing: shown)
            }
        }
        known.save()
        return taken
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
}
