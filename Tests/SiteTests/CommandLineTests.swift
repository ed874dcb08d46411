import Foundation
import Testing

/// Options the `signpost` binary checks before it does anything (`swift build` makes it; `make test` builds it
/// before the tests).
@Suite struct CommandLineTests {
    /// Runs the binary; its exit status and what it wrote to standard error.
    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let (status, _, errors) = try run(arguments, in: SiteFixture.repository)
        return (status, errors)
    }

    /// Runs the binary in `folder`; its exit status, and what it wrote to standard output and to standard error.
    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let binary = SiteFixture.repository.appendingPathComponent(".build/debug/signpost")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        // Standard output goes to a file, so that neither stream can fill while the other is read.
        let printed = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: printed.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: printed) }
        process.standardOutput = try FileHandle(forWritingTo: printed)
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: printed, encoding: .utf8), text)
    }

    @Test(arguments: ["70000", "0", "-1"])
    func aPortOutsideOneTo65535IsRefused(port: String) throws {
        let (status, errors) = try run(["serve", "--port=\(port)"])
        #expect(status == 2)
        #expect(errors.hasPrefix("Error: --port must be a number from 1 to 65535, not \(port)\n"))
    }

    /// A second build with nothing changed says so, with the first one's warnings; `--no-cache` makes every file again.
    @Test func aBuildWithNothingChangedSaysSo() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let templates = SiteFixture.repository.appendingPathComponent("Templates").path
        let build = ["build", "--content", "Content", "--templates", templates]
        let first = try run(build, in: fixture.folder)
        #expect(first.status == 0)
        #expect(first.output.contains("Built "))
        let second = try run(build, in: fixture.folder)
        #expect(second.status == 0)
        #expect(second.errors == first.errors)
        // The last line: `Built 40 pages into Site/ in 0.52 s: 0 errors, 0 warnings.`
        let summary = first.output.split(separator: "\n").last?.split(separator: " ") ?? []
        #expect(summary.first == "Built")
        let pages = summary.dropFirst().first ?? ""
        #expect(
            second.output.hasPrefix("Nothing has changed since the last build: Site/ has all \(pages) pages ("),
            "\(second.output)")
        let fresh = try run(build + ["--no-cache"], in: fixture.folder)
        #expect(fresh.status == 0 && fresh.output.contains("Built \(pages) pages into Site/"))
        // One guide edited: the others are kept, and the summary says how many.
        let guide = fixture.content.appendingPathComponent("guides/concerns/raising-a-concern.md")
        try (try String(contentsOf: guide, encoding: .utf8) + "\nAsk the ward first.\n").write(
            to: guide, atomically: false, encoding: .utf8)
        let edited = try run(build, in: fixture.folder)
        #expect(edited.status == 0)
        #expect(
            edited.output.contains("Built \(pages) pages into Site/ in ")
                && edited.output.contains(" (2 unchanged guides and pages kept as the last build made them): "),
            "\(edited.output)")
    }

    /// `signpost import docx` on Word files made here with pandoc: the guide is written, a bad file is reported and
    /// skipped, and what is left to fill in is reported as a build would, at its line of the new guide.
    @Test func importingWordFilesReportsWhatIsLeftToFillIn() throws {
        let fixture = try SiteFixture()
        defer { fixture.remove() }
        let word = fixture.folder.appendingPathComponent("Leaflets")
        try FileManager.default.createDirectory(at: word, withIntermediateDirectories: true)
        let png = Data(
            base64Encoded:
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
        try #require(png).write(to: word.appendingPathComponent("door.png"))
        let markdown = """
            # Visiting the ward

            You can visit **every day** from 2pm to 8pm. See the [NHS website](https://www.nhs.uk/).

            | Day | Times |
            |-----|-------|
            | Monday | 2pm to 8pm |

            ![The ward's door](door.png)

            ![](door.png)

            """
        try markdown.write(to: word.appendingPathComponent("visiting.md"), atomically: true, encoding: .utf8)
        let pandoc = Process()
        pandoc.executableURL = URL(fileURLWithPath: "/usr/bin/pandoc")
        pandoc.arguments = ["-f", "markdown-implicit_figures", "visiting.md", "-o", "Visiting the ward.docx"]
        pandoc.currentDirectoryURL = word
        try pandoc.run()
        pandoc.waitUntilExit()
        try #require(pandoc.terminationStatus == 0)
        try "not a Word file".write(to: word.appendingPathComponent("notes.docx"), atomically: true, encoding: .utf8)

        let (status, output, errors) = try run(
            [
                "import", "docx", "Leaflets/Visiting the ward.docx", "Leaflets/notes.docx", "--into",
                "Content/guides/concerns", "--templates", SiteFixture.fixtures.appendingPathComponent("templates").path,
            ], in: fixture.folder)
        #expect(status == 1)
        #expect(
            output == """
                Imported Leaflets/Visiting the ward.docx as Content/guides/concerns/visiting-the-ward.md and 1 picture
                Not imported: Leaflets/notes.docx
                Imported 1 of 2 Word files into Content/guides/concerns/: 1 not imported, 8 problems to fix.

                """)
        #expect(
            errors == """
                Content/guides/concerns/visiting-the-ward.md:3:10: error: `summary` is still to be filled in: what this guide helps with, in one or two sentences
                  hint: replace the words after `summary:` with the real value
                Content/guides/concerns/visiting-the-ward.md:4:8: error: `owner` is still to be filled in: the team that keeps this guide right
                  hint: replace the words after `owner:` with the real value
                Content/guides/concerns/visiting-the-ward.md:5:16: error: `last_reviewed` is still to be filled in: the date it was last checked, as YYYY-MM-DD
                  hint: replace the words after `last_reviewed:` with the real value
                Content/guides/concerns/visiting-the-ward.md:6:14: error: `next_review` is still to be filled in: the date to check it again, as YYYY-MM-DD
                  hint: replace the words after `next_review:` with the real value
                Content/guides/concerns/visiting-the-ward.md:8:12: error: `title` is still to be filled in: where the facts come from
                  hint: replace the words after `title:` with the real value
                Content/guides/concerns/visiting-the-ward.md:9:10: error: `url` is still to be filled in: the https:// address of that source
                  hint: replace the words after `url:` with the real value
                Content/guides/concerns/visiting-the-ward.md:16: warning: a table in the Word file was made into a list
                  hint: check that the list reads well: a guide cannot hold tables, so each row is an item naming its columns
                Content/guides/concerns/visiting-the-ward.md:20:1: error: image has no alt text
                  hint: describe the picture inside the square brackets: ![what the picture shows](../../images/visiting-the-ward/picture-1.png), or write ![decorative](../../images/visiting-the-ward/picture-1.png) if it only decorates the page
                Leaflets/notes.docx: error: pandoc could not read this Word file: couldn't unpack docx container: Did not find end of central directory signature
                  hint: open it in Word, save it again as a Word Document (.docx), and import that

                """)
        let guide = try String(
            contentsOf: fixture.content.appendingPathComponent("guides/concerns/visiting-the-ward.md"), encoding: .utf8)
        #expect(guide.contains("![The ward’s door](../../images/visiting-the-ward/picture-1.png)"))
        #expect(
            FileManager.default.contents(
                atPath: fixture.content.appendingPathComponent("images/visiting-the-ward/picture-1.png").path) == png)
    }
}
