import ArgumentParser
import Content
import Diagnostics
import Foundation
import Site

/// `signpost build`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content and build the website.",
        discussion: """
            Every problem found is printed as `file:line:column: error: message` with a hint on how to fix it.
            When there is an error, nothing is written: the website in the output folder stays as it was.
            Exit status: 0 built; 1 the content has errors; 2 a usage or environment problem.
            """
    )

    @OptionGroup var folders: SiteFolders

    @Option(
        name: .long,
        help: ArgumentHelp("Where to write the website. It is replaced whole when the build succeeds.", valueName: "dir"))
    var output = "Site"

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Build these outputs alone, keeping the rest of the output folder as it was: `web` (the website's pages), `formats` (large print, leaflets, braille and easy read), `kiosk` (the foyer kiosk, in <output>/kiosk/). Give one or more: `--only web formats`.",
            valueName: "output"))
    var only: [SiteOutput] = []

    @Flag(
        name: .long,
        help:
            "Make every file again, not only what changed since the last build (the build cache, in .<output>.cache beside the output folder, is written afresh)."
    )
    var noCache = false

    func run() throws {
        try request.run()
    }

    /// What it was asked to do.
    var request: BuildRequest {
        BuildRequest(
            content: folders.content, templates: folders.templates, output: output, strict: strict, only: only,
            noCache: noCache)
    }
}

/// What `signpost build` is asked to do: `BuildCommand`'s options, as plain values.
struct BuildRequest: Equatable {
    var content = "Content"
    var templates: String?
    var output = "Site"
    var strict = false
    var only: [SiteOutput] = []
    var noCache = false

    /// Builds the site, and prints what the build found and did.
    func run() throws {
        let report: BuildReport
        do {
            var options = try SiteFolders.options(
                content: content, templates: templates, output: output, strict: strict, today: Today.date(),
                only: Set(only))
            options.cache = noCache ? .fromNothing : .reuse
            options.endsProcess = true
            report = try SiteBuilder.build(options) { step in Terminal.progress(step.label) }
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        Terminal.report(report.diagnostics)
        let counts =
            "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
        let time = String(format: "%.2f s", report.seconds)
        if report.unchanged {
            print("Nothing has changed since the last build: \(output)/ has all \(report.pageCount) pages (\(time)): \(counts).")
        } else if report.written {
            let kept =
                report.keptPages == 0
                ? "" : " (\(report.keptPages) unchanged guides and pages kept as the last build made them)"
            print("Built \(report.pageCount) pages into \(output)/ in \(time)\(kept): \(counts).")
        } else {
            print("Build failed: \(counts). \(output)/ was not changed.")
            throw ContentFailure()
        }
    }
}

extension SiteOutput: ExpressibleByArgument {}
