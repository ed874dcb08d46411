import ArgumentParser
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

extension SiteOutput: ExpressibleByArgument {}
