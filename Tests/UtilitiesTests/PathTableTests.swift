import Testing

@testable import Utilities

/// The build cache's table of a site's files by path: what a dictionary of them would answer, in the order they came.
struct PathTableTests {
    /// Each step sets a path's value (nil removes it); after it, the table holds `expected`, in that order.
    @Test(
        arguments: [
            ([("a.html", 1)], [("a.html", 1)]),
            ([("a.html", 1), ("b.html", 2)], [("a.html", 1), ("b.html", 2)]),
            ([("a.html", 1), ("a.html", 3)], [("a.html", 3)]),
            ([("a.html", 1), ("b.html", 2), ("a.html", nil)], [("b.html", 2)]),
            ([("a.html", 1), ("a.html", nil), ("a.html", 4)], [("a.html", 4)]),
            ([("a.html", 1), ("b.html", 2), ("a.html", nil), ("a.html", 5)], [("a.html", 5), ("b.html", 2)]),
            ([("missing.html", nil)], []),
            ([("", 1), ("guides", 2)], [("", 1), ("guides", 2)]),
            (
                [("pl/poradniki/skarga.html", 1), ("ur/رہنما/شکایت.html", 2)],
                [("pl/poradniki/skarga.html", 1), ("ur/رہنما/شکایت.html", 2)]
            ),
            ([("guides/a", 1), ("guides/ab", 2), ("guides/a/b", 3)], [("guides/a", 1), ("guides/ab", 2), ("guides/a/b", 3)]),
        ] as [([(String, Int?)], [(String, Int)])])
    func holdsWhatWasSetInTheOrderPathsCame(steps: [(String, Int?)], expected: [(String, Int)]) {
        var table = PathTable<Int>()
        for (path, value) in steps { table[path] = value }
        var found: [(String, Int)] = []
        table.forEach { found.append(($0, $1)) }
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
        #expect(table.paths == expected.map(\.0))
        #expect(table.count == expected.count)
        for (path, value) in expected { #expect(table[path] == value) }
        for (path, _) in steps where !expected.contains(where: { $0.0 == path }) { #expect(table[path] == nil) }
    }

    @Test func manyPathsAreEachFoundAsTheTableGrows() {
        var table = PathTable<Int>()
        let paths = (0..<5000).map { "guides/section-\($0 % 37)/guide-\($0)/index.html" }
        for (number, path) in paths.enumerated() { table[path] = number }
        #expect(table.count == 5000)
        #expect(table.paths == paths)
        #expect(paths.enumerated().allSatisfy { table[$1] == $0 })
        #expect(table["guides/section-0/guide-5000/index.html"] == nil)
        #expect(table.byteCount == paths.reduce(0) { $0 + $1.utf8.count })
    }

    /// A table made from another's paths starts with none of their values, and a path is numbered in it as in the
    /// other; values set and paths added in either are not seen in the other.
    @Test func aTableOfAnothersPathsHoldsItsOwnValues() {
        var site = PathTable<Int>()
        for (number, path) in ["index.html", "guides/a/index.html", "guides/b/index.html"].enumerated() {
            site[path] = number
        }
        site["guides/a/index.html"] = nil
        var next = PathTable<String>(pathsOf: site)
        #expect(next.count == 0)
        #expect(next.paths.isEmpty)
        #expect(next["index.html"] == nil)
        next["guides/b/index.html"] = "kept"
        next["guides/c/index.html"] = "new"
        #expect(next.count == 2)
        #expect(next.paths == ["guides/b/index.html", "guides/c/index.html"])
        #expect(next.numbers.filter { next.value(number: $0) != nil }.map { next.path(number: $0) } == next.paths)
        #expect(site.numbers.map { site.path(number: $0) } == Array(next.numbers.prefix(3)).map { next.path(number: $0) })
        site["guides/d/index.html"] = 4
        #expect(site.paths == ["index.html", "guides/b/index.html", "guides/d/index.html"])
        #expect(site["guides/c/index.html"] == nil)
        #expect(next["guides/d/index.html"] == nil)
        #expect(next["guides/c/index.html"] == "new")
        #expect(site.count == 3)
    }

    /// A path's number, found once, reaches its value in every table that numbers its paths as the first's: one made
    /// from its paths, with paths added to it or not; a table of the same paths added in another order does not.
    @Test func aPathsNumberReachesItInEveryTableThatNumbersPathsTheSame() throws {
        var site = PathTable<Int>()
        for (number, path) in ["index.html", "guides/a/index.html", "guides/b/index.html"].enumerated() {
            site[path] = number
        }
        var next = PathTable<String>(pathsOf: site)
        #expect(next.numbersPaths(as: site))
        next["guides/c/index.html"] = "new"  // its storage is its own from here
        #expect(next.numbersPaths(as: site) && !site.numbersPaths(as: next))
        let number = try #require(site.number(of: "guides/b/index.html"))
        #expect(next.number(of: "guides/b/index.html") == number && next.path(number: number) == "guides/b/index.html")
        next.setValue("kept", number: number)
        #expect(next["guides/b/index.html"] == "kept" && next.count == 2)
        #expect(site.removeValue(number: number) == 2)
        #expect(site["guides/b/index.html"] == nil && site.count == 2 && site.number(of: "guides/b/index.html") == number)
        #expect(site.number(of: "guides/d/index.html") == nil)
        var other = PathTable<Int>()
        for path in ["index.html", "guides/b/index.html", "guides/a/index.html"] { other[path] = 0 }
        #expect(!other.numbersPaths(as: site) && !PathTable<Int>().numbersPaths(as: site))
        #expect(site.numbersPaths(as: PathTable<Int>()))
    }

    @Test func aPathReadAsBytesIsTheSamePathAsItsString() {
        var table = PathTable<Int>(capacity: 2, byteCapacity: 40)
        table.set(7, atPathBytes: Array("kiosk/guides/complaints.html".utf8)[...])
        #expect(table["kiosk/guides/complaints.html"] == 7)
        table["kiosk/guides/complaints.html"] = 8
        #expect(table.count == 1)
        #expect(table.removeValue(forPath: "kiosk/guides/complaints.html") == 8)
        #expect(table.removeValue(forPath: "kiosk/guides/complaints.html") == nil)
        #expect(table.count == 0)
    }

    /// A path is found by its bytes at the number it is found at by its string, and only the very path: not one that
    /// starts or ends it; a removed path keeps its number.
    @Test(
        arguments: [
            ("index.html", 0),
            ("guides/a/index.html", 1),
            ("guides/a/index.htm", nil),
            ("guides/a/index.html5", nil),
            ("guides/b/index.html", 2),
            ("", 3),
            ("guides", nil),
        ] as [(String, Int?)])
    func aPathIsFoundByItsBytesAtItsOwnNumber(path: String, number: Int?) {
        var table = PathTable<Int>()
        for (value, path) in ["index.html", "guides/a/index.html", "guides/b/index.html", ""].enumerated() {
            table[path] = value
        }
        table["guides/b/index.html"] = nil
        let known = Array(path.utf8).withUnsafeBufferPointer { table.number(ofPathBytes: $0) }
        #expect(known == number)
        #expect(table.number(of: path) == number)
    }

    /// Keys made to land in one slot under the quick hash (found here by trying words until enough do) make the table
    /// hash with the seeded one, and each is still found, and a word counted in place keeps its count.
    @Test func keysThatCollideOnPurposeMoveTheTableToTheSeededHash() {
        var table = PathTable<Int>(capacity: 700)
        let mask = 1023  // the 1,024 slots a table of 700 starts with
        var colliding: [String] = []
        var candidate = 0
        while colliding.count < 600 {
            let word = "w\(candidate)"
            candidate += 1
            var bytes = Array(word.utf8)
            let slot = bytes.withUnsafeMutableBufferPointer { PathTable<Int>.quickHash(UnsafeBufferPointer($0)) } & mask
            if slot == 0 { colliding.append(word) }
        }
        for (number, word) in colliding.enumerated() { table[word] = number }
        #expect(table.resistsFlooding)
        #expect(colliding.enumerated().allSatisfy { table[$1] == $0 })
        #expect(table.paths == colliding)
        var bytes = Array(colliding[7].utf8)
        bytes.withUnsafeMutableBufferPointer { table.update(atPathBytes: UnsafeBufferPointer($0), default: 0) { $0 += 100 } }
        #expect(table[colliding[7]] == 107)
    }

    @Test func wordsSpreadUnderTheQuickHashKeepIt() {
        var table = PathTable<Int>()
        let words = (0..<20_000).map { "word\($0)" } + (0..<20_000).map { "guides/section-\($0 % 37)/guide-\($0)/" }
        for (number, word) in words.enumerated() { table[word] = number }
        #expect(!table.resistsFlooding)
        #expect(words.enumerated().allSatisfy { table[$1] == $0 })
    }
}
