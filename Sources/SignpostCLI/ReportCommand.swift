import ArgumentParser
import Checks
import Content

/// `signpost report`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the content health report: every guide's owner, review dates, reading age, words, formats and sources.",
        discussion: """
            Overdue reviews come first. The same report is built into the site at _report/ (kept out of search
            engines and the sitemap), ready to print for an audit.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder of guides and site.yaml.", valueName: "dir"))
    var content = "Content"

    func run() throws {
        let loaded: SiteContent
        do {
            loaded = try ContentLoader.load(from: content)
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        print(HealthReport(loaded, today: Today.date()).table(), terminator: "")
        let errors = loaded.diagnostics.errorCount
        if errors > 0 {
            Terminal.warn(
                "\(errors) problem\(errors == 1 ? "" : "s") in the content", about: content,
                hint: "run `signpost check` to see them")
        }
    }
}
