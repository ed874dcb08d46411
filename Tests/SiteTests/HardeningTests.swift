import Diagnostics
import Foundation
import Site
import Testing
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// What a hostile or careless editor can put in the content folder: links out of it, pipes, inputs nested past the
/// limits.
///
/// Each is an error at its path or line, and nothing of it reaches the site.
@Suite struct BoundaryTests {
    /// A file outside every site folder, standing for a secret on the machine.
    static func secret(in fixture: SiteFixture) throws -> URL {
        let secret = fixture.folder.appendingPathComponent("secret.txt")
        try "SECRET-VALUE-42\n".write(to: secret, atomically: true, encoding: .utf8)
        return secret
    }

    struct LinkCase: CustomTestStringConvertible, Sendable {
        let link: String
        /// Where the link points: `secret` (a file outside), `outside-folder`, `inside-folder`, `nowhere`.
        let target: String
        let expected: String
        var testDescription: String { link }
    }

    static let linkCases: [LinkCase] = [
        LinkCase(
            link: "guides/concerns/secret.md", target: "secret",
            expected: """
                Content/guides/concerns/secret.md: error: this is a link to `SECRET`, which is outside the content folder: Signpost reads nothing outside it
                  hint: put the file itself here in place of the link
                """),
        LinkCase(
            link: "images/secret.svg", target: "secret",
            expected: """
                Content/images/secret.svg: error: this is a link to `SECRET`, which is outside the content folder: Signpost reads nothing outside it
                  hint: put the file itself here in place of the link
                """),
        LinkCase(
            link: "services/secret.yaml", target: "secret",
            expected: """
                Content/services/secret.yaml: error: this is a link to `SECRET`, which is outside the content folder: Signpost reads nothing outside it
                  hint: put the file itself here in place of the link
                """),
        LinkCase(
            link: "images/system", target: "outside-folder",
            expected: """
                Content/images/system: error: this is a link to `OUTSIDE`, which is outside the content folder: Signpost reads nothing outside it
                  hint: put the file itself here in place of the link
                """),
        LinkCase(
            link: "images/loop", target: "inside-folder",
            expected: """
                Content/images/loop: error: this is a link to the folder `..`: links to folders are not followed
                  hint: move or copy the folder here in place of the link
                """),
        LinkCase(
            link: "images/gone.svg", target: "nowhere",
            expected: """
                Content/images/gone.svg: error: this is a link to `missing.svg`, which does not exist
                  hint: remove the link, or put the file itself here
                """),
    ]

    @Test(arguments: linkCases)
    func aLinkThatLeavesTheContentFolderIsAnErrorAndNothingOfItIsRead(_ test: LinkCase) throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let secret = try Self.secret(in: fixture)
        let outsideFolder = fixture.folder.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outsideFolder, withIntermediateDirectories: true)
        try "SECRET-VALUE-42".write(to: outsideFolder.appendingPathComponent("x.svg"), atomically: true, encoding: .utf8)
        let destination: String
        switch test.target {
        case "secret": destination = secret.path
        case "outside-folder": destination = outsideFolder.path
        case "inside-folder": destination = ".."
        default: destination = "missing.svg"
        }
        try FileManager.default.createSymbolicLink(
            atPath: fixture.content.appendingPathComponent(test.link).path, withDestinationPath: destination)
        let report = try fixture.build()
        // Messages are shown with the fixture's folder taken off the front of paths.
        let expected = test.expected.replacingOccurrences(of: "SECRET", with: secret.lastPathComponent)
            .replacingOccurrences(of: "OUTSIDE", with: outsideFolder.lastPathComponent)
        #expect(fixture.messages(report) == expected)
        #expect(!report.written)
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func aLinkToAFileInsideTheContentFolderIsRead() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: fixture.content.appendingPathComponent("images/door-again.svg").path, withDestinationPath: "door.svg")
        let report = try fixture.build()
        #expect(fixture.messages(report) == "")
        let copied = try Data(contentsOf: fixture.output.appendingPathComponent("images/door-again.svg"))
        #expect(copied == (try Data(contentsOf: fixture.content.appendingPathComponent("images/door.svg"))))
    }

    @Test func aLinkInTheTemplatesFolderIsAnError() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let secret = try Self.secret(in: fixture)
        let templates = fixture.folder.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: SiteFixture.fixtures.appendingPathComponent("templates"), to: templates)
        try FileManager.default.createSymbolicLink(
            atPath: templates.appendingPathComponent("assets/secret.css").path, withDestinationPath: secret.path)
        let report = try fixture.build(templates: templates)
        #expect(
            fixture.messages(report) == """
                Templates/assets/secret.css: error: this is a link to `\(secret.lastPathComponent)`, which is outside the templates folder: Signpost reads nothing outside it
                  hint: put the file itself here in place of the link
                """)
        #expect(!report.written)
    }

    @Test func aPipeNamedLikeAGuideIsAnErrorAndDoesNotHangTheBuild() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        #expect(mkfifo(fixture.content.appendingPathComponent("guides/concerns/pipe.md").path, 0o644) == 0)
        let report = try fixture.build()
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/pipe.md: error: this is not an ordinary file (it is a pipe, socket or device), so it is not read
                  hint: remove it from the content folder
                """)
    }

    @Test func foldersNestedPastTheLimitAreAnError() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let deep = (1...(InputLimits.folderDepth + 3)).map { "d\($0)" }.joined(separator: "/")
        try FileManager.default.createDirectory(
            at: fixture.content.appendingPathComponent("images/" + deep), withIntermediateDirectories: true)
        let report = try fixture.build()
        let shown = (1...InputLimits.folderDepth).map { "d\($0)" }.joined(separator: "/")
        #expect(
            fixture.messages(report) == """
                Content/images/\(shown): error: this folder is nested more than 32 folders deep: Signpost reads up to 32
                  hint: move its files into a folder nearer the top
                """)
    }

    @Test func theOutputCannotBeInsideTheContentOrTemplates() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let guides = fixture.content.appendingPathComponent("guides")
        let before = try SiteFixture.snapshot(fixture.content)
        for output in [guides, fixture.content.appendingPathComponent("new-folder")] {
            #expect(throws: EnvironmentError.self) { try fixture.build(output: output) }
        }
        let templates = try fixture.copiedTemplates()
        #expect(throws: EnvironmentError.self) {
            try fixture.build(templates: templates, output: templates.appendingPathComponent("layout"))
        }
        #expect(try SiteFixture.snapshot(fixture.content) == before)
    }
}

/// Inputs of any depth or size build in time, or are refused at their line.
@Suite struct InputLimitTests {
    /// The valid fixture with `body` as the body of a new guide, `guides/concerns/deep.md` (body from line 11,
    /// or 12 with a line of `frontMatterExtra`).
    func build(body: String, frontMatterExtra: String = "") throws -> (SiteFixture, BuildReport) {
        let fixture = try SiteFixture()
        let guide = """
            ---
            title: Deep
            summary: A test guide.
            owner: PALS
            last_reviewed: 2026-10-01
            next_review: 2027-10-01
            sources:
              - title: How to complain to the NHS
                url: https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/
            \(frontMatterExtra)---

            """
        try (guide + body).write(
            to: fixture.content.appendingPathComponent("guides/concerns/deep.md"), atomically: true, encoding: .utf8)
        return (fixture, try fixture.build())
    }

    @Test func blockQuotesTwentyThousandDeepAreRefusedAtTheirLine() throws {
        let (fixture, report) = try build(body: String(repeating: "> ", count: 20_000) + "deep\n")
        defer { fixture.remove() }
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/deep.md:11:33: error: block quotes and lists are nested 20000 deep here: Signpost reads up to 16
                  hint: put fewer lists or quotes inside each other; readers lose their place after two or three levels
                """)
    }

    @Test func listsNestedToTheLimitBuildWithTheirBraille() throws {
        let items = (0..<InputLimits.markdownBlockDepth).map {
            String(repeating: "  ", count: $0) + "- an item with words enough to wrap the braille line many times over"
        }
        let (fixture, report) = try build(body: items.joined(separator: "\n") + "\n")
        defer { fixture.remove() }
        #expect(fixture.messages(report) == "")
        let braille = try String(contentsOf: fixture.output.appendingPathComponent("braille/concerns/deep.brf"), encoding: .utf8)
        let lines = braille.split(whereSeparator: \.isNewline)
        #expect(lines.count > 16)
        #expect(lines.allSatisfy { $0.count <= 40 })
    }

    @Test func aListOneDeeperThanTheLimitIsRefused() throws {
        let items = (0...InputLimits.markdownBlockDepth).map { String(repeating: "  ", count: $0) + "- item" }
        let (fixture, report) = try build(body: items.joined(separator: "\n") + "\n")
        defer { fixture.remove() }
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/deep.md:27:33: error: block quotes and lists are nested 17 deep here: Signpost reads up to 16
                  hint: put fewer lists or quotes inside each other; readers lose their place after two or three levels
                """)
    }

    @Test func emphasisNestedPastTheLimitIsRefused() throws {
        let depth = InputLimits.markdownInlineDepth + 1
        let body = String(repeating: "*a ", count: depth) + "x" + String(repeating: " a*", count: depth) + "\n"
        let (fixture, report) = try build(body: body)
        defer { fixture.remove() }
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/deep.md:11:49: error: emphasis, links and pictures are nested 17 deep here: Signpost reads up to 16
                  hint: put fewer links, pictures or bold and italic words inside each other
                """)
    }

    @Test func aPictureInsideAPicturesAltTextBuilds() throws {
        let (fixture, report) = try build(
            body: "![![A map](../../images/door.svg) [a link](raising-a-concern.md) <b>x</b>](../../images/door.svg)\n")
        defer { fixture.remove() }
        #expect(fixture.messages(report) == "")
        let page = try String(
            contentsOf: fixture.output.appendingPathComponent("guides/concerns/deep/index.html"), encoding: .utf8)
        #expect(page.contains("alt=\"A map a link x\""))
    }

    @Test func yamlNestedTooDeepIsRefusedAtItsLine() throws {
        let (fixture, report) = try build(
            body: "Words.\n",
            frontMatterExtra: "extra: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n")
        defer { fixture.remove() }
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/deep.md:10:1: error: the settings here are nested 50001 deep: Signpost reads up to 24
                  hint: put fewer lists and settings inside each other; check the indentation of this line
                """)
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let words = String(repeating: "Words and more words. ", count: InputLimits.fileBytes / 20)
        let (fixture, report) = try build(body: words)
        defer { fixture.remove() }
        let size =
            try FileManager.default.attributesOfItem(
                atPath: fixture.content.appendingPathComponent("guides/concerns/deep.md").path)[.size] as? Int ?? 0
        #expect(
            fixture.messages(report) == """
                Content/guides/concerns/deep.md: error: this file is too large to read: it is \(size) bytes, over the limit of 1000000
                  hint: split it into smaller files: no guide or record comes near 1 MB
                """)
    }

    @Test func aByteOrderMarkBeforeARecordOrTheSettingsIsIgnored() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        for path in ["site.yaml", "services/pals.yaml"] {
            let file = fixture.content.appendingPathComponent(path)
            try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: file)).write(to: file)
        }
        #expect(fixture.messages(try fixture.build()) == "")
    }

    @Test func markupAndControlCharactersInPlainSettingsAreRefused() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let record = fixture.content.appendingPathComponent("services/night-pharmacy.yaml")
        var text = try String(contentsOf: record, encoding: .utf8)
        text = text.replacingOccurrences(of: "name: Night pharmacy", with: "name: Night <script>alert(1)</script> pharmacy")
        text = text.replacingOccurrences(
            of: "summary: Medicines", with: "summary: \"\u{202E}Medicines"
        )
        .replacingOccurrences(of: "at night.", with: "at night.\"")
        try text.write(to: record, atomically: true, encoding: .utf8)
        let report = try fixture.build()
        #expect(
            fixture.messages(report) == """
                Content/services/night-pharmacy.yaml:1:7: error: `name` contains markup (`<script`)
                  hint: write plain words: this text is shown as it is, and other directories import it
                Content/services/night-pharmacy.yaml:2:10: error: `summary` contains an invisible control character (U+202E RIGHT-TO-LEFT OVERRIDE)
                  hint: delete it: retype the text, or paste it as plain text
                """)
    }
}
