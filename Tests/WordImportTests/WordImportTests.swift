import Content
import Diagnostics
import Foundation
import XCTest

@testable import WordImport

/// `WordImport.run` on Word files that pandoc makes in the test from Markdown: the exact guide, pictures and notes,
/// refusals, and a batch with a bad file in it.
final class WordImportTests: XCTestCase {
    static let pandoc = "/usr/bin/pandoc"

    /// A real 1×1 PNG.
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
        0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
        0x42, 0x60, 0x82,
    ]

    /// A real 1×1 GIF.
    static let gif: [UInt8] = [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00,
        0xFF, 0xFF, 0xFF, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ]

    /// Bytes named `.emf`: Word keeps drawings as EMF, which a web page cannot show.
    static let emf: [UInt8] = [0x01, 0x00, 0x00, 0x00] + [UInt8](repeating: 0, count: 40)

    /// The leaflet: a title, headings at three levels, bold and italic, a link and a `javascript:` link, bullets inside
    /// bullets, an ordered list inside an ordered list, a table with a heading row, a picture with alt text, one
    /// without, one Word can hold and a page cannot, and characters that are markup in Markdown.
    static let visiting = #"""
        ---
        title: 'Visiting the "Rose" ward \\ today'
        ---

        # Visiting times

        You can visit **every day** from _2pm to 8pm_. Read the [NHS website](https://www.nhs.uk/)
        or [this page](javascript:alert(1)).

        ## Before you come

        - Check the times
            - Weekends *differ*
            - Phone first
        - Bring your card

        1. Sign in
        2. Wash your hands
            1. Use the gel

        ### Who to call

        | Service | Phone |
        |---------|-------|
        | PALS | 01632 960000 |
        | Ward **Rose** | 01632 960001 |

        ![The main entrance](entrance.png)

        ![](map.gif)

        ![A floor plan](plan.emf)

        Ask at 1. reception * or # desk.

        """#

    /// The guide made from it, as pandoc 2.17 reads the Word file back: the Word title in quotes, the headings moved
    /// up a level, the `javascript:` link's words kept without it, the table as a list, the EMF's alt text.
    static let visitingGuide = #"""
        ---
        title: "Visiting the \"Rose\" ward \\ today"
        summary: "FILL IN: what this guide helps with, in one or two sentences"
        owner: "FILL IN: the team that keeps this guide right"
        last_reviewed: "FILL IN: the date it was last checked, as YYYY-MM-DD"
        next_review: "FILL IN: the date to check it again, as YYYY-MM-DD"
        sources:
          - title: "FILL IN: where the facts come from"
            url: "FILL IN: the https:// address of that source"
        section: "Visiting and travel"
        # Imported from Visiting Times (v2).docx on 2026-05-01. Fill in each FILL IN value, compare the guide with the Word file, then delete this line.
        ---

        ## Visiting times

        You can visit **every day** from _2pm to 8pm_. Read the [NHS website](https://www.nhs.uk/) or this page.

        ### Before you come

        - Check the times
          - Weekends _differ_
          - Phone first
        - Bring your card

        1. Sign in
        2. Wash your hands
           1. Use the gel

        #### Who to call

        - **Service**: PALS; **Phone**: 01632 960000
        - **Service**: Ward **Rose**; **Phone**: 01632 960001

        ![The main entrance](../../images/visiting-times-v2/picture-1.png)

        ![](../../images/visiting-times-v2/picture-2.gif)

        A floor plan

        Ask at 1. reception \* or # desk.

        """#

    /// A guide beside which the leaflet is imported, in a section.
    static let parkingGuide = """
        ---
        title: Parking
        summary: Where to park and how to pay.
        owner: Estates
        last_reviewed: 2026-01-05
        next_review: 2027-01-05
        sources:
          - title: NHS website
            url: https://www.nhs.uk/
        section: Visiting and travel
        ---

        Pay at the machine.

        """

    private let today = Day(year: 2026, month: 5, day: 1) ?? Day.epoch

    func testAWordFileBecomesAGuideWithItsPicturesAndNotes() throws {
        let (folder, content) = try makeFolder()
        let file = try makeWordFile(
            in: folder, "Visiting Times (v2).docx", markdown: Self.visiting,
            pictures: ["entrance.png": Self.png, "map.gif": Self.gif, "plan.emf": Self.emf])
        let guides = content + "/guides/visiting"
        try FileManager.default.createDirectory(atPath: guides, withIntermediateDirectories: true)
        try Self.parkingGuide.write(toFile: guides + "/parking.md", atomically: true, encoding: .utf8)

        let outcomes = WordImport.run([file], into: guides, contentRoot: content, pandoc: Self.pandoc, today: today)

        let guide = guides + "/visiting-times-v2.md"
        let pictures = content + "/images/visiting-times-v2"
        let notes: [Diagnostic] = [
            .warning(
                "the link to `javascript:alert(1)` was taken out and its words kept",
                at: SourceLocation(path: guide, line: 16),
                hint: "a guide links only to web (https://), email (mailto:) and phone (tel:) addresses; "
                    + "link to another guide by its file, such as `visiting-times.md`"),
            .warning(
                "a table in the Word file was made into a list", at: SourceLocation(path: guide, line: 31),
                hint: "check that the list reads well: a guide cannot hold tables, "
                    + "so each row is an item naming its columns"),
            .error(
                "a picture in the Word file is EMF, a kind a web page cannot show: its alt text was written instead",
                at: SourceLocation(path: guide, line: 38),
                hint: "save the picture from Word as PNG and add it to \(pictures)/"),
        ]
        XCTAssertEqual(
            outcomes,
            [.imported(guide: guide, images: [pictures + "/picture-1.png", pictures + "/picture-2.gif"], notes: notes)])
        XCTAssertEqual(try String(contentsOfFile: guide, encoding: .utf8), Self.visitingGuide)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: pictures).sorted(), ["picture-1.png", "picture-2.gif"])
        XCTAssertEqual(try bytes(pictures + "/picture-1.png"), Self.png)
        XCTAssertEqual(try bytes(pictures + "/picture-2.gif"), Self.gif)
    }

    func testASecondImportOfTheSameFileIsRefusedAndChangesNothing() throws {
        let (folder, content) = try makeFolder()
        let file = try makeWordFile(
            in: folder, "Parking.docx", markdown: "# Parking\n\n![The pay machine](machine.png)\n",
            pictures: ["machine.png": Self.png])
        let guides = content + "/guides/travel"
        let guide = guides + "/parking.md"
        let pictures = content + "/images/parking"
        let first = WordImport.run([file], into: guides, contentRoot: content, pandoc: Self.pandoc, today: today)
        XCTAssertEqual(first, [.imported(guide: guide, images: [pictures + "/picture-1.png"], notes: [])])
        XCTAssertEqual(
            try String(contentsOfFile: guide, encoding: .utf8),
            Self.frontMatter(title: "Parking", file: "Parking.docx")
                + "\n![The pay machine](../../images/parking/picture-1.png)\n")
        let edited = try String(contentsOfFile: guide, encoding: .utf8) + "\nAn editor's words.\n"
        try edited.write(toFile: guide, atomically: true, encoding: .utf8)

        let second = WordImport.run([file], into: guides, contentRoot: content, pandoc: Self.pandoc, today: today)

        XCTAssertEqual(second, [.failed(Self.exists(guide, at: file))])
        XCTAssertEqual(try String(contentsOfFile: guide, encoding: .utf8), edited)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: pictures), ["picture-1.png"])
        XCTAssertEqual(try bytes(pictures + "/picture-1.png"), Self.png)

        // The pictures folder alone is refused too, and the guide is not written.
        try FileManager.default.removeItem(atPath: guide)
        let third = WordImport.run([file], into: guides, contentRoot: content, pandoc: Self.pandoc, today: today)
        XCTAssertEqual(third, [.failed(Self.exists(pictures, at: file))])
        XCTAssertFalse(FileManager.default.fileExists(atPath: guide))
    }

    func testABadFileInABatchFailsAndTheOthersAreImported() throws {
        let (folder, content) = try makeFolder()
        let parking = try makeWordFile(
            in: folder, "parking.docx", markdown: "# Parking\n\nPay at the machine by the main entrance.\n")
        let broken = folder + "/word/broken.docx"
        try "This is a text file, not a Word file.\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let notes = folder + "/word/notes.txt"
        try "Some notes.\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let buses = try makeWordFile(
            in: folder, "buses.docx", markdown: "# Buses\n\nThe 42 stops outside.\n\n## Times\n\nEvery 10 minutes.\n")
        let guides = content + "/guides/travel"

        let outcomes = WordImport.run(
            [parking, broken, notes, buses], into: guides, contentRoot: content, pandoc: Self.pandoc, today: today)

        XCTAssertEqual(outcomes.count, 4)
        XCTAssertEqual(outcomes.first, .imported(guide: guides + "/parking.md", images: [], notes: []))
        if case .failed(let problem)? = outcomes.dropFirst().first {
            XCTAssertEqual(problem.location, SourceLocation(path: broken))
            XCTAssertEqual(problem.severity, .error)
            XCTAssertTrue(
                problem.message.hasPrefix("pandoc could not read this Word file: couldn't unpack docx container"),
                problem.message)
            XCTAssertEqual(problem.hint, "open it in Word, save it again as a Word Document (.docx), and import that")
        } else {
            XCTFail("the broken file was imported: \(outcomes)")
        }
        XCTAssertEqual(
            outcomes.dropFirst(2).first,
            .failed(
                .error(
                    "this is not a Word file (.docx)", at: SourceLocation(path: notes),
                    hint: "open it in Word and save it as a Word Document (.docx), then import that")))
        XCTAssertEqual(outcomes.last, .imported(guide: guides + "/buses.md", images: [], notes: []))
        XCTAssertEqual(
            try String(contentsOfFile: guides + "/parking.md", encoding: .utf8),
            Self.frontMatter(title: "Parking", file: "parking.docx") + "\nPay at the machine by the main entrance.\n")
        XCTAssertEqual(
            try String(contentsOfFile: guides + "/buses.md", encoding: .utf8),
            Self.frontMatter(title: "Buses", file: "buses.docx")
                + "\nThe 42 stops outside.\n\n## Times\n\nEvery 10 minutes.\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: guides).sorted(), ["buses.md", "parking.md"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: content + "/images"))
    }

    func testAFolderOutsideTheGuidesIsRefused() throws {
        let (folder, content) = try makeFolder()
        let file = try makeWordFile(in: folder, "parking.docx", markdown: "# Parking\n\nPay at the machine.\n")
        let outcomes = WordImport.run(
            [file], into: content + "/pages", contentRoot: content, pandoc: Self.pandoc, today: today)
        XCTAssertEqual(
            outcomes,
            [
                .failed(
                    .error(
                        "the folder `\(content)/pages` is not inside `\(content)/guides/`",
                        at: SourceLocation(path: file),
                        hint: "import into the guides folder or a folder in it, such as `\(content)/guides/concerns`"))
            ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: content))
    }

    func testFileNamesAreMadeWebSafe() {
        let cases: [(String, String?)] = [
            ("Making a Complaint (v3).docx", "making-a-complaint-v3"),
            ("Café opening hours.docx", "cafe-opening-hours"),
            ("Patient's guide to PALS.docx", "patients-guide-to-pals"),
            ("  --Visiting__times--.DOCX", "visiting-times"),
            ("2026 Parking & Travel.docx", "2026-parking-travel"),
            ("???.docx", nil),
        ]
        for (file, name) in cases {
            XCTAssertEqual(GuideName.make(from: file), name, file)
        }
    }

    func testAltTextThatIsOnlyAFileNameIsLeftOut() {
        XCTAssertEqual(GuideWriter.altText("image1.png", title: "", source: "/tmp/x/media/image1.png"), "")
        XCTAssertEqual(GuideWriter.altText("C:\\Users\\pals\\photo 2.jpg", title: "", source: "/tmp/x/media/a.jpg"), "")
        XCTAssertEqual(
            GuideWriter.altText("", title: "The main entrance", source: "/tmp/x/media/a.png"), "The main entrance")
        XCTAssertEqual(GuideWriter.altText("A nurse", title: "Nurse", source: "/tmp/x/media/a.png"), "A nurse")
    }

    // MARK: - Helpers

    /// A new folder for a test, removed after it, and the content folder's path in it.
    ///
    /// The folder has `word/` for the Word files. Skips the test when pandoc is not installed.
    private func makeFolder() throws -> (folder: String, content: String) {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: Self.pandoc), "pandoc is not installed")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("word-import-" + UUID().uuidString)
            .path
        try FileManager.default.createDirectory(atPath: folder + "/word", withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return (folder, folder + "/Content")
    }

    /// Makes a Word file in `word/` with pandoc, from Markdown and the pictures it uses.
    private func makeWordFile(
        in folder: String, _ name: String, markdown: String, pictures: [String: [UInt8]] = [:]
    ) throws -> String {
        let source = folder + "/source-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        for (picture, bytes) in pictures {
            try Data(bytes).write(to: URL(fileURLWithPath: source + "/" + picture))
        }
        try markdown.write(toFile: source + "/leaflet.md", atomically: true, encoding: .utf8)
        let output = folder + "/word/" + name
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.pandoc)
        process.arguments = [
            "-f", "markdown-smart-implicit_figures", "--resource-path=" + source, "-o", output, source + "/leaflet.md",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "pandoc could not make \(name)")
        return output
    }

    private func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The front matter of a guide imported on 2026-05-01 into a folder with no section, and the blank line after it.
    private static func frontMatter(title: String, file: String) -> String {
        """
        ---
        title: "\(title)"
        summary: "FILL IN: what this guide helps with, in one or two sentences"
        owner: "FILL IN: the team that keeps this guide right"
        last_reviewed: "FILL IN: the date it was last checked, as YYYY-MM-DD"
        next_review: "FILL IN: the date to check it again, as YYYY-MM-DD"
        sources:
          - title: "FILL IN: where the facts come from"
            url: "FILL IN: the https:// address of that source"
        # Imported from \(file) on 2026-05-01. Fill in each FILL IN value, compare the guide with the Word file, then delete this line.
        ---

        """
    }

    private static func exists(_ path: String, at file: String) -> Diagnostic {
        .error(
            "`\(path)` exists already", at: SourceLocation(path: file),
            hint: "rename the Word file, or move what is there away, and import again: an import never replaces a file")
    }
}
