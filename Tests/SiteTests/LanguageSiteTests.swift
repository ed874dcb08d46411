import Foundation
import Site
import Testing

/// A site in English, Polish and Urdu (Fixtures/languages/site over the valid fixture), built with the bundled
/// templates and their strings files: where each language's pages go, what marks English standing in for a
/// translation, the stale translation's warning, notice and report row, right to left, and the alternates.
@Suite struct LanguageSiteTests {
    static let templates = SiteFixture.repository.appendingPathComponent("Templates")

    /// Builds the fixture once for the test that calls it, and hands over the output's pages by path.
    static func built() throws -> (messages: String, pages: [String: String], fixture: SiteFixture) {
        let fixture = try SiteFixture(overlay: "site", group: "languages")
        let report = try fixture.build(templates: templates)
        #expect(report.written, "\(fixture.messages(report))")
        let pages = try SiteFixture.snapshot(fixture.output).mapValues { String(decoding: $0, as: UTF8.self) }
        return (fixture.messages(report), pages, fixture)
    }

    @Test func theStaleTranslationIsAWarningAtItsDateAndTheOnlyMessage() throws {
        let (messages, _, fixture) = try Self.built()
        defer { fixture.remove() }
        #expect(
            messages
                == "Content/guides/concerns/making-a-complaint.ur.md:5:18: warning: this اردو translation is out of date: the English page was reviewed on 2026-09-15, after the version it was translated from (2026-09-01)\n  hint: have what changed in Content/guides/concerns/making-a-complaint.md since 2026-09-01 translated, then set `translated_from: 2026-09-15`"
        )
    }

    @Test func eachLanguageHasItsPagesUnderItsFolder() throws {
        let (_, pages, fixture) = try Self.built()
        defer { fixture.remove() }
        for path in [
            "pl/index.html", "pl/404.html", "pl/sections/concerns-and-complaints/index.html",
            "pl/guides/concerns/making-a-complaint/index.html", "pl/large-print/concerns/making-a-complaint/index.html",
            "pl/leaflets/concerns/making-a-complaint.html", "pl/leaflets/concerns/making-a-complaint-large-print.html",
            "pl/easy-read/concerns/making-a-complaint/index.html", "pl/leaflets/concerns/making-a-complaint-easy-read.html",
            "ur/index.html", "ur/guides/concerns/making-a-complaint/index.html", "kiosk/pl/index.html",
            "kiosk/pl/guides/concerns/making-a-complaint/index.html", "kiosk/ur/a-to-z/index.html",
        ] {
            #expect(pages[path] != nil, "\(path)")
        }
        // Not translated: no page of its own in the language; braille and the directory are the site's alone.
        #expect(pages["pl/guides/concerns/raising-a-concern/index.html"] == nil)
        #expect(
            !pages.keys.contains { $0.hasPrefix("pl/braille/") || $0.hasPrefix("pl/services/") || $0.hasPrefix("pl/_report") })
        let page = try #require(pages["pl/guides/concerns/making-a-complaint/index.html"])
        #expect(page.contains("<html lang=\"pl\" dir=\"ltr\">"))
        #expect(page.contains("<title>Jak złożyć skargę - Biuro porad dla pacjentów (PALS)</title>"))
        #expect(page.contains("href=\"/pals/pl/sections/concerns-and-complaints/\">Uwagi i skargi</a>"))
        #expect(page.contains("Translated by Example Translations Ltd") || page.contains("Example Translations Ltd"))
        // Its styles are the site's, and braille is the English file, marked.
        #expect(page.contains("href=\"/pals/assets/signpost.css\""))
        #expect(page.contains("<a href=\"/pals/braille/concerns/making-a-complaint.brf\" hreflang=\"en\">"))
    }

    @Test func englishStandsInForAPageNotTranslatedAndSaysSo() throws {
        let (_, pages, fixture) = try Self.built()
        defer { fixture.remove() }
        let home = try #require(pages["pl/index.html"])
        // The home page lists every guide: the one not translated under its English title, marked, linked to English.
        #expect(
            home.contains(
                "<a class=\"guide-list__link\" href=\"/pals/guides/concerns/raising-a-concern/\" lang=\"en\" hreflang=\"en\">Raising a concern</a> <span class=\"other-language\">"
            ))
        #expect(
            home.contains(
                "<a class=\"guide-list__link\" href=\"/pals/pl/guides/concerns/making-a-complaint/\">Jak złożyć skargę</a>"))
        // A link in a translation: to its language's version, or to the English page with the marker after it.
        #expect(home.contains("<a href=\"/pals/pl/guides/concerns/making-a-complaint/\">złożyć skargę</a>"))
        let guide = try #require(pages["pl/guides/concerns/making-a-complaint/index.html"])
        #expect(
            guide.contains(
                "<a href=\"/pals/guides/concerns/raising-a-concern/\">zgłaszanie uwag</a> <span class=\"other-language\">"))
        // The kiosk's A to Z in Urdu: the English page, one folder up, marked.
        let aToZ = try #require(pages["kiosk/ur/a-to-z/index.html"])
        #expect(
            aToZ.contains(
                "href=\"../../guides/concerns/raising-a-concern/index.html\"><span lang=\"en\">Raising a concern</span>"))
    }

    @Test func theStaleTranslationSaysSoOnItsPageAndInTheReport() throws {
        let (_, pages, fixture) = try Self.built()
        defer { fixture.remove() }
        let stale = try #require(pages["ur/guides/concerns/making-a-complaint/index.html"])
        #expect(stale.contains("<div class=\"translation-notice\" role=\"note\">"))
        #expect(stale.contains("<a href=\"/pals/guides/concerns/making-a-complaint/\" hreflang=\"en\">"))
        let current = try #require(pages["pl/guides/concerns/making-a-complaint/index.html"])
        #expect(!current.contains("translation-notice"))
        let report = try #require(pages["_report/index.html"])
        let row = try #require(report.range(of: "guides/concerns/making-a-complaint.md</span></th>", options: .backwards))
        let cells = report[row.upperBound...].prefix(400)
        #expect(cells.contains("report-status--current"))
        #expect(cells.contains("report-status--out-of-date"))
    }

    @Test func rightToLeftPagesKeepNumbersLeftToRight() throws {
        let (_, pages, fixture) = try Self.built()
        defer { fixture.remove() }
        let page = try #require(pages["ur/guides/concerns/making-a-complaint/index.html"])
        #expect(page.contains("<html lang=\"ur\" dir=\"rtl\">"))
        #expect(page.contains("<span dir=\"ltr\">020 7946 0100</span>"))
        // Heading ids keep the script's letters, so anchors work.
        #expect(page.contains("<h2 id=\"شکایت-کیسے-کریں\">"))
        let leaflet = try #require(pages["ur/leaflets/concerns/making-a-complaint.html"])
        #expect(leaflet.contains("dir=\"rtl\""))
    }

    @Test func alternatesAndLanguageListsPointBackAndResolve() throws {
        let (_, pages, fixture) = try Self.built()
        defer { fixture.remove() }
        let problems = LanguageLinks.problems(in: pages, baseURL: "https://www.example-hospital.nhs.uk/pals/", basePath: "/pals/")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // Every language of the home page, and the English guide's Polish and Urdu versions.
        let english = try #require(pages["guides/concerns/making-a-complaint/index.html"])
        for code in ["en-GB", "pl", "ur", "x-default"] { #expect(english.contains("hreflang=\"\(code)\""), "\(code)") }
        let sitemap = try #require(pages["sitemap.xml"])
        #expect(
            sitemap.contains(
                "<xhtml:link rel=\"alternate\" hreflang=\"pl\" href=\"https://www.example-hospital.nhs.uk/pals/pl/guides/concerns/making-a-complaint/\"/>"
            ))
        let kiosk = try #require(pages["kiosk/index.html"])
        #expect(
            kiosk.contains(
                "<a class=\"kiosk-tile kiosk-tile--language\" href=\"pl/index.html\" lang=\"pl\" hreflang=\"pl\" dir=\"ltr\">Polski</a>"
            ))
        let polishKiosk = try #require(pages["kiosk/pl/index.html"])
        #expect(polishKiosk.contains("<h1>Jak możemy pomóc?</h1>"))
        #expect(polishKiosk.contains("data-kiosk-reset=\"../index.html\""))
    }

    @Test func theBundledSiteAlternatesPointBackAndResolve() throws {
        let fixture = try SiteFixture(base: SiteFixture.repository.appendingPathComponent("Content"))
        defer { fixture.remove() }
        let report = try fixture.build(templates: Self.templates)
        #expect(report.errorCount == 0, "\(fixture.messages(report))")
        let pages = try SiteFixture.snapshot(fixture.output).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(pages.keys.contains("ur/guides/concerns/making-a-complaint/index.html"))
        let problems = LanguageLinks.problems(in: pages, baseURL: "https://pals.example-hospital.nhs.uk/", basePath: "/")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }
}

/// Checks a built site's languages: each page's `<link rel="alternate" hreflang>` names a page that exists and names
/// this page back, and each link of its language list goes to a page that exists.
enum LanguageLinks {
    static func problems(in pages: [String: String], baseURL: String, basePath: String) -> [String] {
        var problems: [String] = []
        func file(ofURL url: String, prefix: String) -> String? {
            guard url.hasPrefix(prefix) else { return nil }
            let path = String(url.dropFirst(prefix.count))
            return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        }
        func alternates(_ html: String) -> Set<String> {
            Set(matches(of: "<link rel=\"alternate\" hreflang=\"[^\"]+\" href=\"([^\"]+)\">", in: html))
        }
        for (path, html) in pages where path.hasSuffix(".html") && !path.hasPrefix("kiosk/") {
            let own = alternates(html)
            guard !own.isEmpty else { continue }
            let selfURL = baseURL + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
            if !own.contains(selfURL) && !path.hasSuffix("404.html") { problems.append("\(path): its alternates do not name it") }
            for url in own {
                guard let target = file(ofURL: url, prefix: baseURL), let other = pages[target] else {
                    problems.append("\(path): the alternate \(url) does not exist")
                    continue
                }
                if alternates(other) != own { problems.append("\(path): \(target) does not name the same versions back") }
            }
            for href in matches(of: "<a href=\"([^\"]+)\" lang=\"[^\"]+\" hreflang=\"[^\"]+\" dir=", in: html) {
                if file(ofURL: href, prefix: basePath).flatMap({ pages[$0] }) == nil {
                    problems.append("\(path): the language list's link \(href) goes nowhere")
                }
            }
        }
        return problems.sorted()
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
