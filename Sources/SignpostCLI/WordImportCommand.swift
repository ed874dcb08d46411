import ArgumentParser
import Content
import Diagnostics
import Foundation
import Site
import Utilities
import WordImport

/// `signpost import docx FILE... --into Content/guides/FOLDER`.
struct WordImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docx",
        abstract: "Turn Word leaflets (.docx) into guides, through pandoc.",
        discussion: """
            Each Word file becomes <name>.md in the folder named by --into (inside Content/guides/), with its \
            pictures in Content/images/<name>/. Headings, lists, bold and italic, links, tables (as lists) and \
            pictures with their alt text come across. What Word cannot say (the summary, owner, review dates and \
            sources) is written as a FILL IN value, which `signpost check` reports until it is filled in. A guide \
            that exists already is never replaced, and a file that cannot be read is reported and skipped. Each \
            guide is then checked as a build would check it.

            Exit status: 0 imported with nothing left to fill in; 1 a file was not imported, or a guide has \
            problems to fix; 2 pandoc is missing or the folders cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The Word files.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: ArgumentHelp("The guides folder to write into.", valueName: "dir"))
    var into: String

    @OptionGroup var folders: SiteFolders

    func run() throws {
        guard let pandoc = Programs.find(["pandoc"], environment: ProcessInfo.processInfo.environment) else {
            Terminal.fail(
                EnvironmentError(
                    "pandoc is not installed, and it reads the Word files", at: "pandoc",
                    hint: "install it with `apt-get install pandoc` (`scripts/setup site` does)"))
            throw ExitCode(2)
        }
        let outcomes = WordImport.run(
            files, into: into, contentRoot: folders.content, pandoc: pandoc, today: Today.date())
        var guides: [String] = []
        var problems: [Diagnostic] = []
        for (file, outcome) in zip(files, outcomes) {
            switch outcome {
            case .failed(let diagnostic):
                problems.append(diagnostic)
                print("Not imported: \(file)")
            case .imported(let guide, let images, let notes):
                guides.append(guide)
                problems += notes
                let pictures = images.isEmpty ? "" : " and \(images.count) picture\(images.count == 1 ? "" : "s")"
                print("Imported \(file) as \(guide)\(pictures)")
            }
        }
        // What a build would say of the new guides: the FILL IN values, pictures without alt text, and the rest.
        if !guides.isEmpty {
            do {
                let shown = Set(guides.map(FileSystem.canonicalPath))
                let checked = try SiteChecker.check(try folders.options(output: "", today: Today.date()))
                problems += checked.filter { shown.contains(FileSystem.canonicalPath($0.location.path)) }
            } catch {
                Terminal.fail(error)
                throw ExitCode(2)
            }
        }
        Terminal.report(DiagnosticList(problems).sorted)
        let failed = outcomes.count { if case .failed = $0 { true } else { false } }
        print(
            "Imported \(guides.count) of \(files.count) Word file\(files.count == 1 ? "" : "s") into \(into)/: \(failed) not imported, \(problems.count - failed) problem\(problems.count - failed == 1 ? "" : "s") to fix."
        )
        if !problems.isEmpty { throw ContentFailure() }
    }
}
