import Braille
import Diagnostics
import Foundation
import Testing

@testable import Site

/// The other formats the valid fixture site is built into: braille, easy read, large print and leaflets.
@Suite struct FormatTests {
    static func built() throws -> (SiteFixture, URL) {
        let fixture = try SiteFixture()
        let report = try fixture.build()
        #expect(report.written)
        return (fixture, fixture.output)
    }

    static func read(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func brailleFileBackTranslatesToTheGuidesWords() throws {
        let (fixture, site) = try Self.built()
        defer { fixture.remove() }
        let brf = try Self.read(site, "braille/concerns/making-a-complaint.brf")
        let pages = brf.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count >= 2)
        var lines: [Substring] = []
        for page in pages {
            let pageLines = page.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
            #expect(pageLines.count == 25)
            #expect(pageLines.allSatisfy { $0.count <= 40 && $0.allSatisfy { $0.isASCII } })
            lines += pageLines.dropLast()  // the page number
        }
        let braille = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        let print = try #require(BrailleTranslator.backTranslate(braille))
        for words in [
            "Making a complaint", "How to complain", "Write to us within 12 months.", "Urgent advice",
            "tell the nurse in charge", "Other formats", "Next review due 15 September 2027",
        ] {
            #expect(print.contains(words), "not found in the back-translated braille: \(words)\n\(print)")
        }
    }

    @Test func aGuideAndItsEasyReadVersionLinkToEachOther() throws {
        let (fixture, site) = try Self.built()
        defer { fixture.remove() }
        let guide = try Self.read(site, "guides/concerns/making-a-complaint/index.html")
        #expect(guide.contains("href=\"/pals/easy-read/concerns/making-a-complaint/\""))
        #expect(guide.contains("href=\"/pals/large-print/concerns/making-a-complaint/\""))
        #expect(guide.contains("href=\"/pals/braille/concerns/making-a-complaint.brf\""))
        let easyRead = try Self.read(site, "easy-read/concerns/making-a-complaint/index.html")
        #expect(easyRead.contains("<a href=\"/pals/guides/concerns/making-a-complaint/\">Making a complaint</a>"))
        // A guide with no easy-read version does not link to one.
        let other = try Self.read(site, "guides/concerns/raising-a-concern/index.html")
        #expect(!other.contains("easy-read"))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.appendingPathComponent("leaflets/concerns/raising-a-concern-easy-read.html").path))
    }

    @Test func everyLinkToAnotherFormatIsAFileTheBuildMade() throws {
        let (fixture, site) = try Self.built()
        defer { fixture.remove() }
        for page in ["guides/concerns/making-a-complaint/index.html", "easy-read/concerns/making-a-complaint/index.html"] {
            let html = try Self.read(site, page)
            for prefix in ["large-print/", "easy-read/", "braille/", "leaflets/"] {
                for match in html.ranges(of: "href=\"/pals/" + prefix) {
                    let rest = html[match.upperBound...].prefix { $0 != "\"" }
                    var path = prefix + rest
                    if path.hasSuffix("/") { path += "index.html" }
                    #expect(
                        FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(page) links to \(path)"
                    )
                }
            }
        }
    }

    @Test func easyReadRowsPutEachPictureBesideItsWords() throws {
        let (fixture, site) = try Self.built()
        defer { fixture.remove() }
        let html = try Self.read(site, "easy-read/concerns/making-a-complaint/index.html")
        #expect(html.ranges(of: "<div class=\"picture-row\">").count == 3)
        #expect(html.contains("<p>You can write to us.<br />\nSend it to:</p>\n<ul>\n<li>Complaints Team</li>"))
    }

    @Test func leafletsCarryTheQRCodeOfTheirOnlineVersion() throws {
        let (fixture, site) = try Self.built()
        defer { fixture.remove() }
        let standard = try Self.read(site, "leaflets/concerns/making-a-complaint.html")
        #expect(standard.contains("class=\"leaflet leaflet--standard\""))
        #expect(standard.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\""))
        #expect(standard.contains("href=\"https://www.example-hospital.nhs.uk/pals/guides/concerns/making-a-complaint/\""))
        let large = try Self.read(site, "leaflets/concerns/making-a-complaint-large-print.html")
        #expect(large.contains("href=\"https://www.example-hospital.nhs.uk/pals/large-print/concerns/making-a-complaint/\""))
        let easy = try Self.read(site, "leaflets/concerns/making-a-complaint-easy-read.html")
        #expect(easy.contains("href=\"https://www.example-hospital.nhs.uk/pals/easy-read/concerns/making-a-complaint/\""))
    }
}
