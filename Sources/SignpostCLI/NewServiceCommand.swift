import ArgumentParser
import Content

/// `signpost new service ID`.
struct NewServiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "service",
        abstract: "Start a new service for the directory, for example `signpost new service visiting-times`.",
        discussion: "The record is written to Content/services/ID.yaml with today's assured_date, and builds as it is."
    )

    @Argument(
        help: ArgumentHelp(
            "The service's id: its file name and web address, in lower-case letters, digits and hyphens.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The folder of guides and site.yaml.", valueName: "dir"))
    var content = "Content"

    func run() throws {
        try NewCommand.create { try ServiceScaffold.create(id, contentRoot: content, today: Today.date()) }
    }
}
