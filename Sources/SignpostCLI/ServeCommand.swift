import ArgumentParser
import Diagnostics
import Foundation
import Preview
import Site

/// `signpost serve`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on this computer; open pages update as you save your changes.",
        discussion: """
            The site is built in memory (nothing is written) and served on http://127.0.0.1:8000/.
            When you save a file in Content/ or Templates/, only what it changes is rebuilt and the open page reloads.
            If a change has a problem, the page shows it (file and line) and the last version that worked stays up.
            Press Ctrl-C to stop.
            """
    )

    @OptionGroup var folders: SiteFolders

    @Option(name: .long, help: "The port to listen on.")
    var port = 8000

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on. Only this computer can connect unless you give another address here.", valueName: "address"
        ))
    var host = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else {
            throw ValidationError("--port must be a number from 1 to 65535, not \(port)")
        }
    }

    func run() async throws {
        let session: SiteSession
        do {
            session = try SiteSession(try folders.options(output: "", today: Today.date()))
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        Terminal.report(session.problems + session.warnings)
        if !PreviewServer.isLoopback(host) {
            Terminal.warn(
                "serving on \(host): other computers on the network can see this preview", about: host,
                hint: "serve on 127.0.0.1 (the default) to keep the preview to this computer")
        }
        let server = PreviewServer(session: session, host: host, port: port)
        let base = session.basePath
        do {
            try await server.run(
                onRunning: { port in
                    Terminal.progress("Serving the site on http://\(host):\(port)\(base) (press Ctrl-C to stop)")
                },
                onUpdate: { update in
                    let files = update.changedFiles.joined(separator: ", ")
                    if update.problems.isEmpty {
                        Terminal.progress(
                            "Changed \(files): rebuilt \(update.renderedPaths.count) file\(update.renderedPaths.count == 1 ? "" : "s")."
                        )
                    } else {
                        Terminal.progress(
                            "Changed \(files): not updated, because of these problems (the last good version is still served):")
                        Terminal.report(update.problems)
                    }
                })
        } catch {
            Terminal.fail(
                EnvironmentError(
                    "cannot serve on \(host):\(port): \(error)", at: "\(host):\(port)",
                    hint: "another program may be using the port: choose another with --port"))
            throw ExitCode(2)
        }
    }
}
