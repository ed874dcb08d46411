import Content
import Foundation
import Site
import Testing

/// The build cache: after any series of edits, a build that uses it makes exactly what a build from nothing makes.
@Suite struct BuildCacheTests {
    /// A site in three languages (the valid fixture with Fixtures/languages/site), with its own copy of the bundled
    /// templates so that a template and a strings file can be edited.
    struct Site {
        let fixture: SiteFixture
        let templates: URL
        var today = SiteFixture.today

        init() throws {
            fixture = try SiteFixture(overlay: "site", group: "languages")
            templates = fixture.folder.appendingPathComponent("Templates")
            try FileManager.default.copyItem(at: SiteFixture.repository.appendingPathComponent("Templates"), to: templates)
        }

        func options(output: URL, cache: BuildOptions.CacheUse, only: Set<SiteOutput> = []) -> BuildOptions {
            var options = BuildOptions(
                contentDirectory: fixture.content.path, templatesDirectory: templates.path, outputDirectory: output.path,
                today: today, only: only)
            options.cache = cache
            return options
        }

        /// A build into the site's `Site` folder, using its cache.
        func cached(only: Set<SiteOutput> = []) throws -> BuildReport {
            try SiteBuilder.build(options(output: fixture.output, cache: .reuse, only: only))
        }

        /// A build from nothing into a folder of its own, with no cache; what it made, and its report.
        func fromNothing() throws -> ([String: Data], BuildReport) {
            let output = fixture.folder.appendingPathComponent("Cold-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            let report = try SiteBuilder.build(options(output: output, cache: .none))
            return (report.written ? try SiteFixture.snapshot(output) : [:], report)
        }

        /// The paths of the site (as its last cached build left it) that differ from a build from nothing.
        func differencesFromABuildFromNothing() throws -> [String] {
            BuildCacheTests.differences(try SiteFixture.snapshot(fixture.output), try fromNothing().0)
        }

        func edit(_ path: String, in folder: URL? = nil, _ change: (String) -> String) throws {
            let file = (folder ?? fixture.content).appendingPathComponent(path)
            let text = try String(contentsOf: file, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(path) changed nothing")
            try changed.write(to: file, atomically: false, encoding: .utf8)
        }

        func write(_ path: String, _ text: String) throws {
            let file = fixture.content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: false, encoding: .utf8)
        }

        /// Removes `path` (a file or folder of the site) from the site and from the cache's copy of it, as by hand.
        func removeFromSiteAndCopy(_ path: String) throws {
            for folder in ["Site", ".Site.cache/site"] {
                try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent(folder + "/" + path))
            }
        }

        /// Built, its concern guide edited and built again (so the cache's copy of the site is one build behind),
        /// `path` removed from the site and from that copy, and the guide edited again: the last build's report.
        func rebuiltAfterRemoving(_ path: String) throws -> BuildReport {
            #expect(try cached().written)
            try edit(BuildCacheTests.concern) { $0 + "\nAsk the ward first.\n" }
            #expect(try cached().written)
            try removeFromSiteAndCopy(path)
            try edit(BuildCacheTests.concern) { $0 + "\nOr ring us.\n" }
            return try cached()
        }

        func move(_ from: String, to: String) throws {
            try FileManager.default.moveItem(
                at: fixture.content.appendingPathComponent(from), to: fixture.content.appendingPathComponent(to))
        }
    }

    /// One edit of the series, by name.
    struct Step: Sendable, CustomStringConvertible {
        let description: String
        let apply: @Sendable (inout Site) throws -> Void
    }

    static let concern = "guides/concerns/raising-a-concern.md"
    static let complaint = "guides/concerns/making-a-complaint.md"

    /// Every kind of edit an editor makes, and what a build cache could get wrong: each is applied to the site as the
    /// one before left it.
    static let steps: [Step] = [
        Step(description: "the first build") { _ in },
        Step(description: "nothing changed") { _ in },
        Step(description: "a guide's text") { site in
            try site.edit(concern) { $0 + "\nAsk the nurse in charge of the ward first.\n" }
        },
        Step(description: "the same guide again, the same length, at once") { site in
            try site.edit(concern) { $0.replacingOccurrences(of: "nurse in charge", with: "nurse on charge") }
        },
        Step(description: "a guide's title") { site in
            try site.edit(concern) {
                $0.replacingOccurrences(of: "title: Raising a concern", with: "title: Telling us about a worry")
            }
        },
        Step(description: "a guide's summary (a service's page shows the guides about it)") { site in
            try site.edit(concern) { text in
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.hasPrefix("summary: ") ? "summary: What to do when something about your care worries you." : String($0)
                }
                return lines.joined(separator: "\n")
            }
        },
        Step(description: "a guide's review date (the sitemap shows it)") { site in
            try site.edit(concern) { $0.replacingOccurrences(of: "last_reviewed: 2026-10-01", with: "last_reviewed: 2026-10-15") }
        },
        Step(description: "a guide that starts to link to a service") { site in
            try site.edit(complaint) { $0 + "\nThe [night pharmacy](../../services/night-pharmacy.yaml) can help too.\n" }
        },
        Step(description: "a guide's section") { site in
            try site.edit("site.yaml") {
                $0.replacingOccurrences(
                    of: "sections:\n  - Concerns and complaints\n",
                    with: "sections:\n  - Concerns and complaints\n  - Getting help\n")
            }
            try site.edit(concern) {
                $0.replacingOccurrences(of: "section: Concerns and complaints", with: "section: Getting help")
            }
        },
        Step(description: "a guide moved to a new section of its own (the kiosk's start and topics list the sections)") {
            site in
            try site.edit(concern) { $0.replacingOccurrences(of: "section: Getting help", with: "section: Worries") }
        },
        Step(description: "a picture") { site in
            try site.write(
                "images/door.svg",
                ##"<svg xmlns="http://www.w3.org/2000/svg" width="90" height="60" viewBox="0 0 90 60"><title>Door</title><rect width="90" height="60" fill="#330072"/></svg>"##
            )
        },
        Step(description: "a service's hours") { site in
            try site.edit("services/pals.yaml") { $0.replacingOccurrences(of: "closes: \"17:00\"", with: "closes: \"16:30\"") }
        },
        Step(description: "a service added") { site in
            let text = try String(
                contentsOf: site.fixture.content.appendingPathComponent("services/night-pharmacy.yaml"), encoding: .utf8)
            try site.write("services/late-pharmacy.yaml", text.replacingOccurrences(of: "Night pharmacy", with: "Late pharmacy"))
        },
        Step(description: "a service deleted") { site in
            try FileManager.default.removeItem(
                at: site.fixture.content.appendingPathComponent("services/late-pharmacy.yaml"))
        },
        Step(description: "a service's name and summary (a guide links to it, and no page shows them)") { site in
            try site.edit("services/night-pharmacy.yaml") {
                $0.replacingOccurrences(of: "name: Night pharmacy", with: "name: Evening pharmacy")
                    .replacingOccurrences(of: "late in the evening & at night", with: "in the evening")
            }
        },
        Step(description: "a closed service opened again (a link to its record now leads to its page)") { site in
            try site.edit("services/old-clinic.yaml") {
                $0.replacingOccurrences(of: "status: inactive", with: "status: active")
                    .replacingOccurrences(of: "This clinic has closed.", with: "This clinic has opened again.")
            }
        },
        Step(description: "a template") { site in
            try site.edit("layout/footer.mustache", in: site.templates) { $0 + "<!-- edited -->\n" }
        },
        Step(description: "a strings file") { site in
            try site.edit("strings/pl.yaml", in: site.templates) {
                $0.replacingOccurrences(of: "other_formats: Inne formaty\n", with: "other_formats: Inne wersje\n")
            }
        },
        Step(description: "site.yaml") { site in
            try site.edit("site.yaml") {
                $0.replacingOccurrences(of: "hours: Monday to Friday, 9am to 5pm", with: "hours: Monday to Friday, 9am to 4pm")
            }
        },
        Step(description: "a translation") { site in
            try site.edit("guides/concerns/making-a-complaint.pl.md") { $0 + "\nZadzwoń do nas.\n" }
        },
        Step(description: "a guide added") { site in
            let text = try String(contentsOf: site.fixture.content.appendingPathComponent(concern), encoding: .utf8)
            try site.write(
                "guides/concerns/getting-advice.md",
                text.replacingOccurrences(of: "title: Telling us about a worry", with: "title: Getting advice")
                    .replacingOccurrences(of: "reference: PALS-002", with: "reference: PALS-009"))
        },
        Step(description: "a guide renamed") { site in
            try site.move("guides/concerns/getting-advice.md", to: "guides/concerns/asking-for-advice.md")
        },
        Step(description: "a guide deleted") { site in
            try FileManager.default.removeItem(
                at: site.fixture.content.appendingPathComponent("guides/concerns/asking-for-advice.md"))
        },
        Step(description: "files of the site deleted, changed and added by hand") { site in
            let output = site.fixture.output
            try FileManager.default.removeItem(at: output.appendingPathComponent("index.html"))
            try FileManager.default.removeItem(at: output.appendingPathComponent("pl/guides"))
            try "edited".write(
                to: output.appendingPathComponent("guides/concerns/making-a-complaint/index.html"), atomically: false,
                encoding: .utf8)
            try "stray".write(to: output.appendingPathComponent("stray.html"), atomically: false, encoding: .utf8)
        },
        Step(description: "the next build, with the site as the last one left it") { _ in },
        Step(description: "another day") { site in
            site.today = Day(iso: "2027-11-30") ?? .epoch
        },
        Step(description: "a heading another guide links to, renamed and then back") { site in
            // The guide that links to it is unchanged, and kept; its checks are not: its link's anchor is gone.
            try site.edit(complaint) { $0.replacingOccurrences(of: "## How to complain", with: "## Complaining") }
            let broken = try site.cached()
            #expect(!broken.written)
            #expect(site.fixture.messages(broken) == site.fixture.messages(try site.fromNothing().1))
            #expect(site.fixture.messages(broken).contains("`#how-to-complain` is not a heading"))
            try site.edit(complaint) {
                $0.replacingOccurrences(of: "## Complaining", with: "## How to complain") + "\nWe will help you.\n"
            }
        },
        Step(description: "a build that fails, then its fix") { site in
            let guide = site.fixture.content.appendingPathComponent(complaint)
            let text = try String(contentsOf: guide, encoding: .utf8)
            try "---\ntitle: Broken\n---\n".write(to: guide, atomically: false, encoding: .utf8)
            #expect(try !site.cached().written)
            try (text + "\nWe reply within 3 working days.\n").write(to: guide, atomically: false, encoding: .utf8)
        },
        Step(description: "a build of the website alone in between") { site in
            try site.edit(concern) { $0 + "\nOr write to us.\n" }
            #expect(try site.cached(only: [.web]).written)
            try site.edit(complaint) { $0 + "\nOr email us.\n" }
        },
    ]

    /// How many pages each step's build takes from the cache unloaded (`BuildReport.keptPages`); none where the
    /// templates or settings changed, a file was added, renamed or deleted (a page's links are resolved against every
    /// file's name), or a service was published or withdrawn; all where only what a service's own pages show changed.
    ///
    /// Five pages are kept (two guides, one of them translated twice, and the accessibility statement); the home page
    /// and the easy-read versions are made once every page is loaded, so they are always loaded. A translation is
    /// loaded again with its English page.
    static let keptPages = [
        "a guide's text": 4, "the same guide again, the same length, at once": 4, "a guide's title": 4,
        "a guide's summary (a service's page shows the guides about it)": 4,
        "a guide's review date (the sitemap shows it)": 4, "a guide that starts to link to a service": 2,
        "a guide moved to a new section of its own (the kiosk's start and topics list the sections)": 4,
        "a service's hours": 5, "a service's name and summary (a guide links to it, and no page shows them)": 5,
        "a translation": 4, "files of the site deleted, changed and added by hand": 5, "another day": 5,
        "a heading another guide links to, renamed and then back": 2, "a build that fails, then its fix": 2,
        "a build of the website alone in between": 1,
    ]

    /// How many of the site's four service records each step's build takes from the cache (`BuildReport.keptServices`):
    /// every one whose file is unchanged, whatever else changed (a service added is read, the others kept); none in the
    /// first build, and none in a build that finds nothing to make (it reads nothing).
    static func keptServices(_ step: String) -> Int {
        switch step {
        case "the first build", "nothing changed", "the next build, with the site as the last one left it": 0
        case "a service's hours", "a service's name and summary (a guide links to it, and no page shows them)",
            "a closed service opened again (a link to its record now leads to its page)":
            3
        default: 4
        }
    }

    @Test func aCachedBuildMakesWhatABuildFromNothingMakesAfterEveryEdit() throws {
        var site = try Site()
        defer { site.fixture.remove() }
        for step in Self.steps {
            try step.apply(&site)
            let report = try site.cached()
            #expect(report.keptPages == (Self.keptPages[step.description] ?? 0), "\(step)")
            #expect(report.keptServices == Self.keptServices(step.description), "\(step)")
            #expect(report.written, "\(step): \(site.fixture.messages(report))")
            // Only a build that finds nothing to make says so.
            let nothingToMake = ["nothing changed", "the next build, with the site as the last one left it"]
            #expect(report.unchanged == nothingToMake.contains(step.description), "\(step)")
            let (expected, cold) = try site.fromNothing()
            #expect(cold.written, "\(step)")
            #expect(site.fixture.messages(report) == site.fixture.messages(cold), "\(step)")
            #expect((report.pageCount, report.fileCount) == (cold.pageCount, cold.fileCount), "\(step)")
            let made = try SiteFixture.snapshot(site.fixture.output)
            #expect(!expected.isEmpty)
            #expect(Self.differences(made, expected) == [], "after \(step)")
        }
    }

    /// A build that finds nothing changed makes nothing, and says again what the last build said: with `--strict`
    /// its warnings are errors, and the site is left as it was.
    @Test func aBuildWithNothingChangedRepeatsTheLastReport() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        let first = try site.cached()
        #expect(first.written && first.warningCount == 1)
        let index = site.fixture.output.appendingPathComponent("index.html")
        let before = try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date
        #expect(!first.unchanged)
        let again = try site.cached()
        #expect(again.written && again.unchanged)
        #expect(site.fixture.messages(again) == site.fixture.messages(first))
        #expect((again.pageCount, again.fileCount) == (first.pageCount, first.fileCount))
        #expect(try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date == before)
        var strict = site.options(output: site.fixture.output, cache: .reuse)
        strict.strict = true
        let failed = try SiteBuilder.build(strict)
        #expect(!failed.written && !failed.unchanged && failed.errorCount == 1 && failed.warningCount == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: index.path)[.modificationDate] as? Date == before)
    }

    /// A file of the site as it is on disk: its inode and modification time, which a file made again changes.
    static func stamp(_ path: String, in site: Site) throws -> [String] {
        let attributes = try FileManager.default.attributesOfItem(atPath: site.fixture.output.appendingPathComponent(path).path)
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return ["\(attributes[.systemFileNumber] ?? "")", "\(modified)"]
    }

    /// A guide's text edited: its own files are made again, and every other guide's files, the directory of services
    /// and the lists of pages (which show nothing of a page's text) are the very files the cache kept.
    ///
    /// The copy one build behind holds them from two builds ago: same inode, same modification time.
    @Test func anEditedGuideMakesItsOwnFilesAgainAndKeepsTheRest() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        func stamp(_ path: String) throws -> [String] { try Self.stamp(path, in: site) }
        let (edited, other) = ("guides/concerns/raising-a-concern/index.html", "guides/concerns/making-a-complaint/index.html")
        let otherLeaflet = "leaflets/concerns/making-a-complaint.html"
        // The directory shows nothing of a guide's text; nor do the lists of pages.
        let services = [
            "services/pals/index.html", "services/index.html", "services.json", "services.csv",
            "openreferral/services/index.json", "kiosk/services/pals/index.html", "sitemap.xml", "search/index.html",
            "sections/concerns-and-complaints/index.html", "_report/register.csv", "kiosk/a-to-z/index.html",
        ]
        #expect(try site.cached().written)
        let first = (try stamp(edited), try stamp(other), try stamp(otherLeaflet))
        let servicesFirst = try services.map(stamp)
        try site.edit(Self.concern) { $0 + "\nAsk the ward first.\n" }
        #expect(try site.cached().written)
        try site.edit(Self.concern) { $0 + "\nOr ring us.\n" }
        #expect(try site.cached().written)
        #expect(try stamp(other) == first.1)
        #expect(try stamp(otherLeaflet) == first.2)
        for (path, first) in zip(services, servicesFirst) { #expect(try stamp(path) == first, "\(path)") }
        #expect(try stamp(edited)[1] != first.0[1])
        let page = try String(contentsOf: site.fixture.output.appendingPathComponent(edited), encoding: .utf8)
        #expect(page.contains("Or ring us."))
    }

    /// A service's record edited: its own pages and its file of the feed are made again, with the directory's lists
    /// and exports (which show every service); every other service's own files and every guide's are the very files
    /// the cache kept.
    @Test func anEditedServiceMakesItsOwnFilesAgainAndKeepsTheOtherServices() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        func stamp(_ path: String) throws -> [String] { try Self.stamp(path, in: site) }
        let feed = site.fixture.output.appendingPathComponent("openreferral/services")
        func feedStamps() throws -> [String: [String]] {
            let names = try FileManager.default.contentsOfDirectory(atPath: feed.path).filter { $0 != "index.json" }
            return try Dictionary(uniqueKeysWithValues: names.map { ($0, try stamp("openreferral/services/" + $0)) })
        }
        let edited = ["services/pals/index.html", "kiosk/services/pals/index.html", "services.json", "services/index.html"]
        let kept = [
            "services/night-pharmacy/index.html", "kiosk/services/night-pharmacy/index.html",
            "services/emergency-department/index.html", "guides/concerns/raising-a-concern/index.html",
        ]
        #expect(try site.cached().written)
        let (editedFirst, keptFirst, feedFirst) = (try edited.map(stamp), try kept.map(stamp), try feedStamps())
        try site.edit("services/pals.yaml") { $0.replacingOccurrences(of: "closes: \"17:00\"", with: "closes: \"16:30\"") }
        #expect(try site.cached().written)
        try site.edit("services/pals.yaml") { $0.replacingOccurrences(of: "closes: \"16:30\"", with: "closes: \"16:00\"") }
        let report = try site.cached()
        #expect(report.written && report.keptPages == 5)
        for (path, first) in zip(kept, keptFirst) { #expect(try stamp(path) == first, "\(path)") }
        for (path, first) in zip(edited, editedFirst) { #expect(try stamp(path)[1] != first[1], "\(path)") }
        // The feed's file of each service: all but the edited one's are kept.
        let feedNow = try feedStamps()
        #expect(feedNow.count == 3 && feedNow.filter { feedFirst[$0.key] == $0.value }.count == 2)
        #expect(Self.differences(try SiteFixture.snapshot(site.fixture.output), try site.fromNothing().0) == [])
    }

    /// A guide given a new title makes its own section's pages again, on the website and the kiosk (they list it by
    /// its title), and keeps another section's pages as they were.
    @Test func aRetitledGuideMakesItsSectionAgainAndKeepsTheOthers() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        try site.write(
            "guides/visiting/visiting-times.md",
            """
            ---
            title: Visiting times
            summary: When you can visit someone on a ward.
            owner: Patient Advice and Liaison Service
            last_reviewed: 2026-10-01
            next_review: 2027-10-01
            sources:
              - title: Visiting someone in hospital
                url: https://www.nhs.uk/nhs-services/hospitals/going-into-hospital/visiting-someone-in-hospital/
            section: Visiting
            ---
            Most wards welcome visitors every afternoon.
            """)
        let (own, other) = (SitePaths.sectionPath("Concerns and complaints"), SitePaths.sectionPath("Visiting"))
        // The kiosk's start and topics list the sections, which are the same; the 404 page shows no page; the sitemap
        // shows addresses and review dates, not titles.
        let pages =
            [own, "kiosk/" + own, other, "kiosk/" + other, "kiosk/index.html", "kiosk/topics/index.html", "404.html"]
            .map { $0.hasSuffix(".html") ? $0 : $0 + "index.html" } + ["sitemap.xml"]
        #expect(try site.cached().written)
        let first = try pages.map { try Self.stamp($0, in: site) }
        // Two builds: the site is double-buffered, so the third build's files are in the first build's folder.
        try site.edit(Self.concern) { $0.replacingOccurrences(of: "title: Raising a concern", with: "title: Telling us") }
        #expect(try site.cached().written)
        try site.edit(Self.concern) { $0.replacingOccurrences(of: "title: Telling us", with: "title: Telling us first") }
        #expect(try site.cached().written)
        let second = try pages.map { try Self.stamp($0, in: site) }
        #expect(second[0] != first[0] && second[1] != first[1])
        for kept in 2..<pages.count { #expect(second[kept] == first[kept], "\(pages[kept])") }
        let section = try String(contentsOf: site.fixture.output.appendingPathComponent(pages[0]), encoding: .utf8)
        #expect(section.contains("Telling us first"))
        #expect(try site.differencesFromABuildFromNothing() == [])
    }

    /// A link left where the cache's folder, or its copy of the site, goes is removed, never written through.
    @Test func aLinkWhereTheCacheGoesIsNeverFollowed() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        let elsewhere = site.fixture.folder.appendingPathComponent("Elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let cache = site.fixture.folder.appendingPathComponent(".Site.cache")
        try FileManager.default.createSymbolicLink(at: cache, withDestinationURL: elsewhere)
        #expect(try site.cached().written)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: cache.path)) == nil)  // a folder now
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [])
        let copy = cache.appendingPathComponent("site")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.createSymbolicLink(at: copy, withDestinationURL: elsewhere)
        try site.edit(Self.concern) { $0 + "\nAsk the ward first.\n" }
        #expect(try site.cached().written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == [])
        #expect(try site.differencesFromABuildFromNothing() == [])
    }

    /// A page whose file is gone from the site and from the cache's copy is loaded and made again.
    ///
    /// The others are kept. The site is what a build from nothing makes.
    @Test func aKeptPageWhoseFileIsGoneIsLoadedAgain() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        let report = try site.rebuiltAfterRemoving("guides/concerns/making-a-complaint/index.html")
        #expect(report.written && report.keptPages == 3)
        #expect(try site.differencesFromABuildFromNothing() == [])
    }

    /// A section's folders gone from the site and from the cache's copy (deleted by hand), then one of its guides
    /// edited: the files are written into folders made again, and the site is what a build from nothing makes.
    @Test func filesGoIntoFoldersMadeAgainWhenTheirsAreGone() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        #expect(try site.rebuiltAfterRemoving("guides/concerns").written)
        #expect(try site.differencesFromABuildFromNothing() == [])
    }

    /// A file of the cache cut short or spoilt is not used, and the site is as a build from nothing makes it.
    ///
    /// Without the kept pages every page is loaded; without the manifest every file is made; without the back tree's
    /// file, the copy is cleared and each file is copied from the site, the pages still kept. The kept pages' file is
    /// checked a page at a time: spoilt in a page's entry, that page is loaded again and the others are kept;
    /// spoilt at its end, in its index, it is not used. The report's rows are checked a row at a time the same way:
    /// whatever is spoilt, the rows it holds are made again.
    @Test(arguments: [
        ("pages", "cut short", 0), ("pages", "spoilt", 3), ("pages", "spoilt at its end", 0), ("pages", "empty", 0),
        ("manifest", "cut short", 0),
        ("manifest", "spoilt", 0), ("back", "spoilt", 4), ("back", "cut short", 4), ("services", "spoilt", 4),
        ("services", "cut short", 4), ("report", "spoilt", 4), ("report", "cut short", 4),
        ("report", "spoilt at its end", 4),
    ])
    func aSpoiltFileOfTheCacheIsNotUsed(file: String, how: String, kept: Int) throws {
        let site = try Site()
        defer { site.fixture.remove() }
        #expect(try site.cached().written)
        try site.edit(Self.complaint) { $0 + "\nOr write to us.\n" }
        #expect(try site.cached().written)  // now there is a back tree
        let spoilt = site.fixture.folder.appendingPathComponent(".Site.cache/" + file)
        var bytes = try Data(contentsOf: spoilt)
        switch how {
        case "cut short": bytes = bytes.prefix(bytes.count * 2 / 3)
        case "spoilt" where file == "pages":
            // In the entry that follows the last version's head (a page stored anew), which starts where that head
            // ends: the locator's second number, of the four before the fingerprint at the end.
            let headEnd = (0..<8).reduce(0) { $0 | Int(bytes[bytes.count - 40 + $1]) << (8 * $1) }
            bytes[headEnd + 8] ^= 0x5A
        case "spoilt": bytes[bytes.count / 2] ^= 0x5A
        case "spoilt at its end": bytes[bytes.count - 40] ^= 0x5A
        default: bytes = Data()
        }
        try bytes.write(to: spoilt)
        try site.edit(Self.concern) { $0 + "\nAsk the ward first.\n" }
        let report = try site.cached()
        #expect(report.written)
        #expect(report.keptPages == kept)
        // The service records are all read again from their files when theirs is spoilt, and all kept otherwise.
        #expect(report.keptServices == (file == "services" ? 0 : 4))
        #expect(try site.differencesFromABuildFromNothing() == [])
    }

    /// The text pages repeat is kept once, in a table that a build adds new text to: once it has grown by more than
    /// a quarter (here, by a guide with 1,200 links more, in three parts of the file), the next build makes it afresh,
    /// storing every page anew; each build reads back the pages the one before stored, and makes what a build from
    /// nothing makes.
    @Test func theCachesTableOfRepeatedTextIsMadeAfreshOnceItHasGrown() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        let pages = site.fixture.folder.appendingPathComponent(".Site.cache/pages").path
        func size() throws -> Int { (try FileManager.default.attributesOfItem(atPath: pages)[.size] as? Int) ?? 0 }
        func build(_ step: String, kept: Int = Self.keptPages["a guide's text"] ?? 0) throws {
            let report = try site.cached()
            #expect(report.written && report.keptPages == kept, "\(step)")
            #expect(try site.differencesFromABuildFromNothing() == [], "\(step)")
        }
        try build("the first build", kept: 0)
        let original = try String(contentsOf: site.fixture.content.appendingPathComponent(Self.concern), encoding: .utf8)
        let links = (0..<1_200).map { "[the page about topic \($0)](https://www.nhs.uk/topics/\($0)/)" }
        try site.edit(Self.concern) { $0 + "\nSee " + links.joined(separator: ", ") + ".\n" }
        try build("1,200 links added")
        let grown = try size()
        try original.write(to: site.fixture.content.appendingPathComponent(Self.concern), atomically: false, encoding: .utf8)
        try build("the links taken out, and the table made afresh")
        // The 2,400 texts of the links are no longer in the table.
        #expect(try size() < grown - 40_000)
        try site.edit(Self.concern) { $0 + "\nAsk us.\n" }
        try build("a guide's text, its pages read back from the table made afresh")
    }

    /// The kept pages' file and the report's rows are added to until half of the file is unused.
    ///
    /// A build that keeps most pages (or rows) adds a version of the file to its end, leaving every byte before it as it
    /// was; once the bytes no version uses would pass half of those the last one uses (the locator's fourth number),
    /// the next build writes the file afresh, with only what its version uses. A file whose last version was cut short
    /// as it was added (a build killed then) is not used. Each build makes what a build from nothing makes.
    @Test(arguments: ["pages", "report"])
    func aFileOfTheCacheIsAddedToUntilHalfOfItIsUnused(file: String) throws {
        let site = try Site()
        defer { site.fixture.remove() }
        let pages = site.fixture.folder.appendingPathComponent(".Site.cache/" + file)
        func read() throws -> (bytes: Data, used: Int) {
            let bytes = try Data(contentsOf: pages)
            return (bytes, (0..<8).reduce(0) { $0 | Int(bytes[bytes.count - 24 + $1]) << (8 * $1) })
        }
        func build(_ step: String, kept: Int = Self.keptPages["a guide's text"] ?? 0) throws {
            let report = try site.cached()
            #expect(report.written && report.keptPages == kept, "\(step)")
            #expect(try site.differencesFromABuildFromNothing() == [], "\(step)")
        }
        try build("the first build", kept: 0)
        var last = try read()
        #expect(last.used == last.bytes.count)
        var (added, afresh) = (0, 0)
        for number in 1...12 {
            try site.edit(Self.concern) { $0 + "\nAsk us, number \(number).\n" }
            try build("edit \(number)")
            let now = try read()
            if last.bytes.count - last.used <= last.used / 2 {
                #expect(now.bytes.count > last.bytes.count && now.bytes.starts(with: last.bytes), "edit \(number)")
                added += 1
            } else {
                #expect(now.bytes.count == now.used, "edit \(number)")
                afresh += 1
            }
            last = now
        }
        #expect(added > 1 && afresh > 0)
        // Killed while it added a version: after the last version, the start of another (a head and entries), but no
        // index or locator.
        let whole = try read().bytes
        try (whole + whole.prefix(whole.count / 2)).write(to: pages)
        try site.edit(Self.concern) { $0 + "\nOr ring us.\n" }
        try build("a version cut short", kept: file == "pages" ? 0 : Self.keptPages["a guide's text"] ?? 0)
        let written = try read()
        #expect(written.bytes.count == written.used)
        try site.edit(Self.concern) { $0 + "\nOr visit us.\n" }
        try build("the file written afresh, then added to")
    }

    /// The cache lives beside the output folder (its manifest, and the site one build behind once a second build has
    /// made something), and the site's folder holds only the site.
    @Test func theCacheIsKeptBesideTheSite() throws {
        let site = try Site()
        defer { site.fixture.remove() }
        #expect(try site.cached().written)
        try site.edit(Self.concern) { $0 + "\nAsk the ward first.\n" }
        #expect(try site.cached().written)
        let names = try FileManager.default.contentsOfDirectory(atPath: site.fixture.folder.path).sorted()
        #expect(names == [".Site.cache", ".Site.lock", "Content", "Site", "Templates"])
        let cache = try FileManager.default.contentsOfDirectory(atPath: site.fixture.folder.path + "/.Site.cache").sorted()
        #expect(cache == ["back", "content", "manifest", "pages", "report", "services", "site"])
    }

    /// The paths whose bytes differ, or that only one of the two has.
    static func differences(_ made: [String: Data], _ expected: [String: Data]) -> [String] {
        Set(made.keys).union(expected.keys).filter { made[$0] != expected[$0] }.sorted()
    }
}
