import ArgumentParser
import Foundation

/// `signpost`: builds the PALS website from plain files.
@main
struct Signpost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signpost",
        abstract: "Build an accessible patient-information website from Markdown guides and YAML settings.",
        discussion: """
            Run it in the folder that holds Content/ (the guides and site.yaml). Signpost carries its own templates; a
            Templates/ folder beside Content/ changes them file by file (`signpost templates copy` writes them out).
            `signpost new site` starts a site; `signpost build` checks every file and writes the website into Site/.
            """,
        version: signpostVersion,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ReportCommand.self, ImportCommand.self,
            PrintCommand.self, TemplatesCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Exit codes: 0 built, 1 the content has errors, 2 a usage or environment problem.
    static func main() async {
        MemoryPolicy.apply()
        do {
            if let build = BuildRequest(quickly: Array(CommandLine.arguments.dropFirst())) { return try build.run() }
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as ContentFailure {
            _ = failure
            Foundation.exit(1)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)  // what went wrong has been printed already
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

/// This release of Signpost, as `signpost --version` prints it.
let signpostVersion = "0.17.0"

/// Thrown when the content has errors: they have been printed already.
struct ContentFailure: Error {}
