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
