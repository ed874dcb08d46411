import ArgumentParser
import Content
import Diagnostics

/// `signpost new`: start a new guide (or service) from a filled-in example.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new site, guide or service with every setting filled in. It never overwrites a file.",
        subcommands: [NewSiteCommand.self, NewGuideCommand.self, NewServiceCommand.self]
    )

    /// Makes the file with `create`, then says where it is and what to fill in; a refusal is an error (exit 1).
    static func create(_ create: () throws -> GuideScaffold.Created) throws {
        let created: GuideScaffold.Created
        do {
            created = try create()
        } catch let failure as EnvironmentError {
            Terminal.fail(failure)
            throw ExitCode(1)
        }
        print("Created \(created.path)")
        print("Fill in:")
        for item in created.todo { print("  - \(item)") }
        print("Then see it with `signpost serve`, and check it with `signpost check`.")
    }
}
