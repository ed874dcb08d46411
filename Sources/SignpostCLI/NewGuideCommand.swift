import ArgumentParser
import Content

/// `signpost new guide PATH`.
struct NewGuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "Start a new guide, for example `signpost new guide concerns/visiting-times`.",
        discussion: "The guide is written to Content/guides/PATH.md with today's review dates, and builds as it is."
    )

    @Argument(help: ArgumentHelp("Where the guide goes under Content/guides/, without .md.", valueName: "path"))
    var path: String

    @Option(name: .long, help: ArgumentHelp("The folder of guides and site.yaml.", valueName: "dir"))
    var content = "Content"

    func run() throws {
        try NewCommand.create { try GuideScaffold.create(path, contentRoot: content, today: Today.date()) }
    }
}
