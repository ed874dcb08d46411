import Checks
import Content
import Foundation
import Site
import Testing
import Utilities

@testable import Markdown

/// The form the build cache keeps a page in between builds: every field of every page comes back as it was stored.
struct StoredPageTests {
    /// Every page of the bundled content and of the three-language fixture, as a build keeps it once its files are
    /// written, read back field for field (`dump` shows every stored property, however deep).
    @Test(arguments: ["bundled", "languages"])
    func everyPageComesBackAsItWasStored(site: String) throws {
        let fixture = site == "languages" ? try SiteFixture(overlay: "site", group: "languages") : nil
        defer { fixture?.remove() }
        let root = fixture?.content.path ?? SiteFixture.repository.appendingPathComponent("Content").path
        let folder = try ContentFolder.open(root)
        let content = folder.loadPages { $0.measuringReadingAge().withoutBody() }
        let pages = content.allPages + content.translations
        #expect(pages.count > 5)
        for page in pages {
            #expect(try Self.roundTrip(page, languages: folder.config.languages) == Self.dumped(page), "\(page.file)")
        }
    }

    /// Every optional and rarely set field, set: a nesting problem, raw HTML, callouts, decorative pictures, unsafe
    /// links, document control with its changes, a translation, a missing reading age.
    @Test func everyRarelySetFieldComesBack() throws {
        let folder = try ContentFolder.open(SiteFixture.repository.appendingPathComponent("Content").path)
        let content = folder.loadPages { $0.measuringReadingAge().withoutBody() }
        var page = try #require(content.guides.first)
        let at = Position(line: 3, column: 7)
        page.document.nestingProblem = NestingProblem(kind: .inlines, depth: 101, limit: 100, position: at)
        page.document.rawHTML = [at, Position(line: 9, column: 1)]
        page.document.callouts = [Callout(kind: .emergency, position: at, containsLink: true, text: "Ring 999")]
        page.document.images = [Image(source: "images/a.svg", alt: "", isDecorative: true, position: at)]
        page.document.links = [Link(destination: "javascript:alert(1)", text: "x", position: at, isUnsafe: true)]
        page.document.headings = [Heading(level: 6, text: "Zażółć ١٢٣", id: "zazolc", position: at)]
        page.document.wordCount = -1
        page.readingAge = nil
        page.frontMatter.order = -3
        page.frontMatter.section = nil
        page.frontMatter.lastReviewed = nil
        page.frontMatter.formats = Format.allCases
        var control = DocumentControl(
            reference: "PALS-012", version: 3, approvedBy: "Board", approvedOn: Day(iso: "2026-02-28") ?? .epoch,
            changes: [
                DocumentControl.Change(version: 3, date: Day(iso: "2024-02-29") ?? .epoch, summary: "New\tlines\n"),
                DocumentControl.Change(version: 2, date: .epoch, summary: "", fingerprint: "abc123"),
            ])
        (control.referenceLine, control.referenceColumn, control.versionLine, control.versionColumn) = (1, 2, 3, 4)
        page.frontMatter.control = control
        let languages = [SiteLanguage(code: "ur", name: "Urdu", direction: .rtl, line: 4)]
        page.language = languages.first
        page.translation = Translation(
            translator: "A translator", translatedFrom: Day(iso: "2026-01-01"), translatedFromLine: 5, translatedFromColumn: 6)
        page.sourceFingerprint = Fingerprint(high: .max, low: 1)
        #expect(try Self.roundTrip(page, languages: languages) == Self.dumped(page))
    }

    /// Bytes cut short or spoilt at any point are refused, never read as something else or crashed on.
    @Test func spoiltBytesAreRefused() throws {
        let folder = try ContentFolder.open(SiteFixture.repository.appendingPathComponent("Content").path)
        let content = folder.loadPages { $0.measuringReadingAge().withoutBody() }
        let page = try #require(content.guides.first)
        var writer = ByteWriter()
        page.store(into: &writer)
        let bytes = writer.bytes
        for end in stride(from: 0, to: bytes.count, by: 7) {
            var reader = ByteReader(bytes[..<end])
            #expect(throws: ByteReader.Malformed.self) { try ContentPage(stored: &reader, languages: []) }
        }
        for index in stride(from: 0, to: bytes.count, by: 5) {
            var spoilt = bytes
            spoilt[index] = 0xFF
            var reader = ByteReader(spoilt[...])
            _ = try? ContentPage(stored: &reader, languages: [])  // refused, or read as other text: never a crash
        }
    }

    /// The text pages repeat (a source many cite, the owner, a heading, a link) is one string for every page a build
    /// keeps, whether it was loaded or read back from the cache; and each page is the page it would be without.
    @Test func theTextPagesRepeatIsHeldOnce() throws {
        let folder = try ContentFolder.open(SiteFixture.repository.appendingPathComponent("Content").path)
        let strings = SharedStrings()
        let pages = folder.loadPages { $0.measuringReadingAge().withoutBody(sharing: strings) }.allPages
        let unshared = folder.loadPages { $0.measuringReadingAge().withoutBody() }.allPages
        #expect(pages.map(Self.dumped) == unshared.map(Self.dumped))
        func repeated(_ page: ContentPage) -> [String] {
            page.frontMatter.sources.flatMap { [$0.title, $0.url] } + [page.frontMatter.owner]
                + page.document.headings.flatMap { [$0.text, $0.id] } + page.document.links.flatMap { [$0.destination, $0.text] }
        }
        var first: [String: UnsafeRawPointer] = [:]
        var repeats = 0
        for text in pages.flatMap(repeated) where text.utf8.count > 15 {
            guard let seen = first[text] else {
                first[text] = Self.storage(text)
                continue
            }
            #expect(Self.storage(text) == seen, "\(text)")
            repeats += 1
        }
        #expect(repeats > 20)
        // Read back by a reader that shares the same strings: the same page, holding the loaded pages' strings.
        for page in pages {
            var writer = ByteWriter()
            page.store(into: &writer)
            var reader = ByteReader(writer.bytes[...])
            reader.shared = strings
            let read = try ContentPage(stored: &reader, languages: [])
            #expect(Self.dumped(read) == Self.dumped(page))
            for (text, loaded) in zip(repeated(read), repeated(page)) where text.utf8.count > 15 {
                #expect(Self.storage(text) == Self.storage(loaded), "\(text)")
            }
        }
    }

    /// Stored with the text pages repeat numbered (as the build cache keeps its pages), every page comes back as it
    /// was, each text is in the table once, and every page that repeats a text holds the table's one string of it.
    @Test func pagesStoredWithTheirRepeatedTextNumberedComeBackSharingIt() throws {
        let folder = try ContentFolder.open(SiteFixture.repository.appendingPathComponent("Content").path)
        let pages = folder.loadPages { $0.measuringReadingAge().withoutBody() }.allPages
        // After a table an earlier file kept.
        let numbering = StringNumbering(from: 1)
        let stored = pages.map { page in
            var writer = ByteWriter()
            writer.numbering = numbering
            page.store(into: &writer)
            return writer.bytes
        }
        let table = ["a text an earlier file numbered"] + numbering.strings
        #expect(Set(table).count == table.count)
        #expect(table.contains(try #require(pages.first?.frontMatter.owner)))
        var holders: [String: UnsafeRawPointer] = [:]
        for (page, bytes) in zip(pages, stored) {
            var reader = ByteReader(bytes[...])
            reader.numbered = table
            let read = try ContentPage(stored: &reader, languages: [])
            #expect(reader.isAtEnd)
            #expect(Self.dumped(read) == Self.dumped(page))
            for text in read.frontMatter.sources.flatMap({ [$0.title, $0.url] }) + read.document.headings.map(\.text)
            where text.utf8.count > 15 {
                let held = try #require(Self.storage(text))
                #expect(holders[text, default: held] == held, "\(text)")
                holders[text] = held
            }
        }
        // A number past the table's end is refused.
        var reader = ByteReader(stored[0][...])
        reader.numbered = []
        #expect(throws: ByteReader.Malformed.self) { try ContentPage(stored: &reader, languages: []) }
    }

    /// Where a string's UTF-8 bytes are: the same for two strings that share their storage.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    static func roundTrip(_ page: ContentPage, languages: [SiteLanguage]) throws -> String {
        var writer = ByteWriter()
        page.store(into: &writer)
        var reader = ByteReader(writer.bytes[...])
        let read = try ContentPage(stored: &reader, languages: languages)
        #expect(reader.isAtEnd)
        return dumped(read)
    }

    static func dumped(_ page: ContentPage) -> String {
        var text = ""
        dump(page, to: &text)
        return text
    }
}
