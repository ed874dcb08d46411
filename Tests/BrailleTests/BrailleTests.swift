import Foundation
import Testing

@testable import Braille

@Suite struct BrailleTests {
    @Test(arguments: [
        // Grade 2 contractions: capital sign `,`, "world" as `_W`, "the" as `!`, "and" as `&`, "ea" as `1`.
        ("Hello world", ",HELLO _W"),
        ("the PALS team and you", "! ,,PALS T1M & Y"),
        // A phone number keeps its spaces as numeric spaces (`"`), so it stays one item.
        ("Call 020 7946 0000.", ",CALL #JBJ\"GIDF\"JJJJ4"),
    ])
    func translatesToUEBGradeTwoInBrailleASCII(print: String, braille: String) throws {
        #expect(BrailleTranslator.translate([print]) == [braille])
    }

    @Test func backTranslationGivesThePrintBack() throws {
        let text = "You can make a complaint by phone, by email or by letter."
        let braille = try #require(BrailleTranslator.translate([text])?.first)
        #expect(BrailleTranslator.backTranslate(braille) == text)
    }

    @Test func pagesAreFortyCellsByTwentyFiveLinesWithPageNumbers() throws {
        let paragraph = BrailleBlock(
            .paragraph, "Patients and carers can ask the Patient Advice and Liaison Service for help at any time.")
        let blocks = [BrailleBlock(.title, "Making a complaint")] + Array(repeating: paragraph, count: 30)
        let document = try #require(BrailleDocument(blocks))
        #expect(document.pages.count > 1)
        let pages = document.brf.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == document.pages.count)
        for (index, page) in pages.enumerated() {
            let lines = page.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 25)
            #expect(lines.allSatisfy { $0.count <= 40 })
            let number = "#" + String(String(index + 1).map { Array("JABCDEFGHI")[$0.wholeNumberValue ?? 0] })
            #expect(lines.last == Substring(String(repeating: " ", count: 40 - number.count) + number))
        }
        #expect(document.pages[0][0].trimmingPrefix(while: { $0 == " " }) == ",MAK+ A COMPLA9T")
    }

    @Test func headingsAreNeverLeftAtTheFootOfAPage() throws {
        let line = BrailleBlock(.plain, "a")
        let blocks = Array(repeating: line, count: 22) + [BrailleBlock(.centredHeading, "Next steps"), line]
        let document = try #require(BrailleDocument(blocks))
        #expect(document.pages.count == 2)
        #expect(document.pages[1].first?.trimmingPrefix(while: { $0 == " " }) == ",NEXT /EPS")
    }

    /// A blank line after a title that fills a page (one too long to keep with what follows) takes the page past its
    /// last line: the next line still starts a new page, and no page is ever longer than a page.
    @Test func aBlankLineAtTheFootNeverMakesAPageTooLong() {
        var layout = PageLayout(width: 40, textLines: 24)
        // 24 words of 39 cells, a line each: the title fills the page, and a blank line follows it.
        layout.add(.title, Array(repeating: String(repeating: "b", count: 39), count: 24).joined(separator: " "))
        for _ in 0..<30 { layout.add(.plain, "c") }
        let pages = layout.finished()
        #expect(pages.map(\.count) == [24, 24, 6])
        #expect(pages[1].first == "c")
    }

    @Test func longParagraphsWrapAtSpacesWithIndents() throws {
        let words = Array(repeating: "information", count: 12).joined(separator: " ")
        let document = try #require(BrailleDocument([BrailleBlock(.paragraph, words)]))
        let lines = document.pages[0]
        #expect(lines.count > 1)
        #expect(lines[0].hasPrefix("  ") && !lines[0].hasPrefix("   "))
        #expect(!lines[1].hasPrefix(" "))
        #expect(lines.allSatisfy { $0.count <= 40 && !$0.hasSuffix(" ") })
    }

    @Test func translatingOnManyThreadsAtOnceGivesWhatOneThreadGives() {
        let texts = (0..<200).map {
            "Guide \($0): the people and the complaint about your care. Phone 020 7946 0\($0 % 900 + 100)."
        }
        let alone = texts.map { BrailleTranslator.translate([$0]) }
        let results = Results(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            results.set(index, BrailleTranslator.translate([texts[index]]))
        }
        #expect(results.values() == alone)
        #expect(alone.allSatisfy { $0 != nil })
        #expect((1...8).contains(BrailleTranslator.copies.all.count))
    }

    /// One copy of liblouis is loaded at first, and another each time one is asked for, up to the most there may be,
    /// each with its tables. (Two at most here: each copy loaded apart takes one of `dlmopen`'s few namespaces, and the
    /// translator's own copies need theirs.)
    @Test func copiesOfLiblouisAreLoadedOneAtATime() {
        let copies = LouisCopies(tables: BrailleTranslator.tables, most: 2)
        #expect(copies.all.count == 1)
        #if os(Linux)
            let copy = copies.another()
            #expect(copy.map { $0.getTable(BrailleTranslator.tables) != nil } == true)
            #expect(copies.all.count == 2)
        #endif
        #expect(copies.another() == nil)
        #expect((1...2).contains(copies.all.count))
    }
}

/// Results written from many threads.
private final class Results: @unchecked Sendable {
    private var slots: [[String]?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: [String]?) { lock.withLock { slots[index] = value } }
    func values() -> [[String]?] { lock.withLock { slots } }
}
