import ArgumentParser
import BuiltIn
import Diagnostics
import NewSite

/// `signpost new site DIR`.
struct NewSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Start a new PALS website in an empty folder, with your trust's name and contacts filled in.",
        discussion: """
            Writes DIR/Content/: the site's settings, a home page, an accessibility statement, the core PALS guides \
            written for any trust in England, PALS's record for the directory of services and the easy-read \
            pictures. It builds as it is, with Signpost's own templates: `cd DIR && signpost build`.

            Exit status: 0 made; 1 a detail given is wrong, or the folder is not empty; 2 the folder could not be written.
            """
    )

    @Argument(help: ArgumentHelp("The folder to make the site in: empty, or not there yet.", valueName: "dir"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("Your trust's name, as readers know it.", valueName: "name"))
    var organisation: String

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The site's https:// address.", valueName: "url"))
    var baseURL: String

    @Option(name: .long, help: ArgumentHelp("PALS's phone number.", valueName: "number"))
    var phone: String

    @Option(name: .long, help: ArgumentHelp("PALS's email address.", valueName: "address"))
    var email: String

    func run() throws {
        let (details, problems) = SiteDetails.check(
            organisation: organisation, baseURL: baseURL, phone: phone, email: email, today: Today.date())
        guard let details else {
            Terminal.report(problems)
            throw ExitCode(1)
        }
        let created: SiteStarter.Created
        do {
            created = try SiteStarter.create(
                in: folder, details: details, files: BuiltIn.starter, templates: BuiltIn.templates)
        } catch let refusal as EnvironmentError {
            Terminal.fail(refusal)
            throw ExitCode(1)
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        print("Made a site for \(details.organisation) in \(created.content)/ (\(created.fileCount) files).")
        print("See it now: cd \(folder) && signpost serve")
        print("Before you publish it, fill in:")
        for item in created.todo { print("  - \(item)") }
        print("Then check it with `signpost check`, and build it into Site/ with `signpost build`.")
    }
}
