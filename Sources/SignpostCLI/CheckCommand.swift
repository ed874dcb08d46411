import ArgumentParser
import Checks
import Diagnostics
import Foundation
import Site

/// `signpost check`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check the content without building: everything `build` checks, plus reading age, long sentences and paragraphs, out-of-date wording and jargon.",
        discussion: """
            Review dates that have passed are errors here (a build only warns about them).
            Add wording and jargon of your own in Content/checks.yaml.
            Exit status: 0 no errors; 1 errors (or warnings, with --strict); 2 a usage or environment problem.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: "How to print the problems: text (file:line:column: message) or json.")
    var format = Format.text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .long, help: "Also check that links to other websites still work (needs the internet; off by default).")
    var external = false

    func run() throws {
        let diagnostics: [Diagnostic]
        let translations: Int
        do {
            let options = try folders.options(output: "", strict: strict, today: Today.date())
            (diagnostics, translations) = try SiteChecker.checkWithSummary(
                options, external: external ? ExternalLinkChecker() : nil)
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        switch format {
        case .json:
            print(try DiagnosticJSON.encode(diagnostics))
        case .text:
            Terminal.report(diagnostics)
            print(
                "Checked \(folders.content)/: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
            )
            if translations > 0 {
                print(
                    "Reading age, sentence length, wording and jargon are checked in English only: the \(translations) translation\(translations == 1 ? " was" : "s were") checked for links, headings, pictures and raw HTML."
                )
            }
        }
        if errors > 0 { throw ContentFailure() }
    }
}
