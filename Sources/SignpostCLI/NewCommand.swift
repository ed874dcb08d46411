import ArgumentParser

/// `signpost new`: start a new guide (or service) from a filled-in example.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new guide or service with every setting filled in with an example. It never overwrites a file.",
        subcommands: [NewGuideCommand.self, NewServiceCommand.self]
    )
}
