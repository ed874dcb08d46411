import Content
import Foundation
import Markdown
import Testing
import Utilities

@testable import Search

/// The index: how much each word weighs, which documents a word keeps, how the words are split into pieces, and
/// the files a browser loads.
@Suite struct SearchIndexTests {
    static func guide(_ path: String, title: String, summary: String = "", body: String = "") -> ContentPage {
        ContentPage(
            kind: .guide, sourcePath: "guides/" + path + ".md", displayPath: "Content/guides/" + path + ".md",
            urlPath: "guides/" + path + "/", frontMatter: FrontMatter(title: title, summary: summary),
            document: MarkdownRenderer.render(body), bodyLineOffset: 0)
    }

    static func entry(_ page: ContentPage) -> SearchEntry {
        SearchEntry(path: page.urlPath, title: page.frontMatter.title, summary: page.frontMatter.summary, section: "")
    }

    /// The weight of `term` in each document that lists it, by path.
    static func weights(_ index: SearchIndex, _ term: String) -> [String: Int] {
        guard let list = index.lists.first(where: { $0.term == term }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: list.postings.map { (index.entries[$0.document].entry.path, $0.weight) })
    }

    @Test func aWordInTheTitleCountsMoreThanInAHeadingMoreThanInTheText() {
        let collector = SearchCollector()
        for page in [
            Self.guide("title", title: "Parking at the hospital"),
            Self.guide("summary", title: "Visiting", summary: "Times, and parking for visitors"),
            Self.guide("heading", title: "Getting here", body: "## Parking\n\nThere are spaces.\n"),
            Self.guide("text", title: "Blue badges", body: "Parking is free. Parking is near. Parking. Parking.\n"),
            Self.guide("once", title: "Buses", body: "Buses stop by the parking.\n"),
        ] {
            collector.add(page, entry: Self.entry(page))
        }
        let weights = Self.weights(collector.index(in: nil, serviceLabel: "Service"), "parking")
        #expect(
            weights == [
                "guides/title/": 12, "guides/summary/": 6, "guides/heading/": 4, "guides/text/": 4, "guides/once/": 1,
            ])
    }

    @Test func wordsInTheTextCountUpToALimit() {
        let collector = SearchCollector()
        let page = Self.guide("many", title: "Many", body: String(repeating: "Complaint. ", count: 50))
        collector.add(page, entry: Self.entry(page))
        #expect(
            Self.weights(collector.index(in: nil, serviceLabel: "Service"), "complaint") == [
                "guides/many/": TermWeights.textLimit
            ])
    }

    @Test func easyReadVersionsWeighHalf() {
        let collector = SearchCollector()
        var page = Self.guide("x", title: "Complaints")
        page.kind = .easyRead
        page.sourcePath = "easy-read/x.md"
        page.urlPath = "easy-read/x/"
        collector.add(page, entry: Self.entry(page))
        #expect(Self.weights(collector.index(in: nil, serviceLabel: "Service"), "complaints") == ["easy-read/x/": 6])
    }

    @Test func theSameDocumentsGiveTheSameFilesInWhateverOrderTheyArrive() {
        let pages = (0..<60).map { Self.guide("g\($0)", title: "Guide \($0) about complaints", body: "Word\($0 % 7) text.") }
        let first = SearchCollector()
        let second = SearchCollector()
        for page in pages { first.add(page, entry: Self.entry(page)) }
        for page in pages.reversed() { second.add(page, entry: Self.entry(page)) }
        let a = first.index(in: nil, serviceLabel: "Service").files
        let b = second.index(in: nil, serviceLabel: "Service").files
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map(\.path).filter { $0.hasPrefix("d") } == ["d0.js", "d1.js", "d2.js"])
    }

    @Test func aCommonWordKeepsTheDocumentsItWeighsMostInAndCountsThemAll() {
        let collector = SearchCollector()
        let count = SearchIndex.postingsLimit + 50
        for number in 0..<count {
            // Every tenth guide has the word in its title.
            let title = number % 10 == 0 ? "Visiting \(number)" : "Guide \(number)"
            let page = Self.guide(String(format: "g%04d", number), title: title, body: "Visiting times.")
            collector.add(page, entry: Self.entry(page))
        }
        let index = collector.index(in: nil, serviceLabel: "Service")
        let list = index.lists.first { $0.term == "visiting" }
        #expect(list?.count == count)
        #expect(list?.postings.count == SearchIndex.postingsLimit)
        let kept = list?.postings.map(\.document) ?? []
        #expect(kept == kept.sorted())
        // Those with it in the title first, then the rest in order.
        let titled = (0..<count).filter { $0 % 10 == 0 }.count
        #expect(list?.postings.filter { $0.weight > 1 }.count == titled)
        let untitled = kept.filter { index.entries[$0].entry.title.hasPrefix("Guide") }
        #expect(untitled == Array(untitled.prefix(SearchIndex.postingsLimit - titled)))
    }

    @Test func aLineListsTheWordItsCountAndEachDocumentAsAStep() {
        let list = SearchIndex.TermList(term: "complaint", count: 7, postings: [(2, 30), (5, 1), (11, 4)])
        #expect(SearchIndex.line(list) == #"["complaint",7,[2,30,3,1,6,4]]"#)
    }

    /// The size a piece is split by is worked out without making the line, and is the line's.
    @Test(arguments: [
        SearchIndex.TermList(term: "a", count: 0, postings: []),
        SearchIndex.TermList(term: "complaint", count: 7, postings: [(2, 30), (5, 1), (11, 4)]),
        SearchIndex.TermList(term: "\"<café>\"", count: 12_345, postings: [(0, 255), (9, 10), (10, 9), (1_000, 100)]),
        SearchIndex.TermList(term: "zero", count: 1, postings: [(0, 0)]),
        SearchIndex.TermList(
            term: "many", count: 300, postings: (0..<40).map { ($0 * 37, $0 * 7 % 256) }),
    ])
    func aLinesSizeIsWorkedOutWithoutMakingIt(list: SearchIndex.TermList) {
        #expect(SearchIndex.lineSize(list, term: JSONEscape.string(list.term)) == SearchIndex.line(list).utf8.count)
    }

    /// A file's `madeFrom` changes with its text and only with it: a build keeps the file when it is the same.
    @Test func aFileIsKeyedByWhatItsTextShows() {
        func files(_ bodies: [String], titles: [String] = []) -> [String: (madeFrom: Fingerprint, text: String)] {
            let collector = SearchCollector()
            for (number, body) in bodies.enumerated() {
                let title = number < titles.count ? titles[number] : "Guide \(number)"
                let page = Self.guide(String(format: "g%03d", number), title: title, body: body)
                collector.add(page, entry: Self.entry(page))
            }
            var files: [String: (madeFrom: Fingerprint, text: String)] = [:]
            collector.index(in: nil, serviceLabel: "Service").forEachFile { files[$0.path] = ($0.madeFrom, $0.text()) }
            return files
        }
        let bodies = (0..<45).map { "Word\($0 % 9) about parking and complaints \($0)." }
        let before = files(bodies)
        for after in [
            files(bodies),
            files(bodies.enumerated().map { $0 == 30 ? $1 + " Visiting times." : $1 }),
            files(bodies, titles: ["Parking"]),
        ] {
            for (path, file) in after {
                guard let old = before[path] else { continue }  // a new piece of words
                #expect((file.madeFrom == old.madeFrom) == (file.text == old.text), "\(path)")
            }
        }
        // The edit changes some files, not all.
        let edited = files(bodies.enumerated().map { $0 == 30 ? $1 + " Visiting times." : $1 })
        let changed = edited.filter { $0.value.madeFrom != before[$0.key]?.madeFrom }.keys.sorted()
        #expect(!changed.isEmpty && changed.count < edited.count)
        #expect(changed.allSatisfy { $0.hasPrefix("t") || $0 == "index.js" })
    }

    @Test func piecesSplitByALongerBeginningOnlyWhenTheyAreTooLarge() {
        let filler = String(repeating: "x", count: 600)
        var lines: [(term: String, line: String)] = [("apple", "a1"), ("bank", "b1")]
        // Forty long lines under "co": 24,000 bytes, more than a piece holds, and none under "c" alone.
        lines += (0..<20).map { ("com\($0)", filler) } + (0..<20).map { ("con\($0)", filler) } + [("co", "co")]
        lines.sort { $0.term < $1.term }
        let pieces = IndexPieces.split(lines, term: \.term) { $0.line.utf8.count }
        // "co" is too large too, so it is split again, keeping the word "co" itself.
        #expect(pieces.map(\.key) == ["a", "b", "co", "com", "con"])
        #expect(pieces[2].lines.map(\.line) == ["co"])
        #expect(pieces[3].lines.count == 20)
    }

    @Test func aPieceOfOneBeginningStaysWholeAtTheLongestKey() {
        let filler = String(repeating: "x", count: 2_000)
        let lines = (0..<20).map { (term: "abcdefg\($0)", line: filler) }.sorted { $0.term < $1.term }
        let pieces = IndexPieces.split(lines, term: \.term) { $0.line.utf8.count }
        #expect(pieces.map(\.key) == ["abcdef"])
    }

    @Test func theFilesAreScriptsWithEveryValueEscaped() {
        let collector = SearchCollector()
        let page = Self.guide("x", title: "Quotes \" and </script> & more", summary: "Line\u{2028}break")
        collector.add(page, entry: Self.entry(page))
        let files = collector.index(in: nil, serviceLabel: "Service").files
        let entries = files.first { $0.path == "d0.js" }?.text ?? ""
        #expect(
            entries
                == "signpostSearch.entries(0,[\n"
                + #"["guides/x/","Quotes \" and \u003c/script\u003e \u0026 more","Line\u2028break","",0]]);"# + "\n")
        #expect(files.first?.path == "index.js")
        #expect(files.first?.text.hasPrefix(#"signpostSearch.manifest({"entries":1,"perFile":20,"pieces":["#) == true)
    }

    @Test func anotherLanguagesIndexHasItsPagesAndTheEnglishOnesNotTranslatedMarked() {
        let collector = SearchCollector()
        let polish = SiteLanguage(code: "pl", name: "Polski")
        let complaint = Self.guide("complaint", title: "Making a complaint")
        let parking = Self.guide("parking", title: "Parking")
        var translated = complaint
        translated.language = polish
        translated.frontMatter.title = "Jak złożyć skargę"
        for page in [complaint, parking] { collector.add(page, entry: Self.entry(page)) }
        collector.add(
            translated, entry: SearchEntry(path: "pl/guides/complaint/", title: "Jak złożyć skargę", summary: "", section: ""))
        let index = collector.index(in: polish, serviceLabel: "Service")
        #expect(index.entries.map(\.entry.path) == ["pl/guides/complaint/", "guides/parking/"])
        #expect(index.entries.map(\.inEnglish) == [false, true])
        #expect(index.lists.map(\.term).contains("skarge"))
        #expect(!index.lists.map(\.term).contains("complaint"))
        #expect(
            collector.index(in: nil, serviceLabel: "Service").entries.map(\.entry.path) == [
                "guides/complaint/", "guides/parking/",
            ])
    }

    @Test func aServiceSaysWhatItIsInEachLanguagesWords() {
        let collector = SearchCollector()
        let (service, problems) = ContentLoader.readServiceRecord(
            "name: Night pharmacy\nsummary: Medicines late at night.\ncategory: Medicines\nhours: always\n",
            path: "services/night-pharmacy.yaml", display: "Content/services/night-pharmacy.yaml")
        #expect(problems.isEmpty)
        collector.add(
            service,
            entry: SearchEntry(path: "services/night-pharmacy/", title: "Night pharmacy", summary: "", section: "Medicines"))
        let polish = SiteLanguage(code: "pl", name: "Polski")
        #expect(collector.index(in: nil, serviceLabel: "Service").entries.map(\.entry.section) == ["Service: Medicines"])
        #expect(collector.index(in: polish, serviceLabel: "Usługa").entries.map(\.entry.section) == ["Usługa: Medicines"])
        #expect(collector.index(in: polish, serviceLabel: "Usługa").entries.map(\.inEnglish) == [true])
    }
}
