import ArgumentParser
import Content
import Diagnostics
import Foundation
import Print

/// `signpost print`.
struct PrintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Turn the built site's leaflets into PDF files, ready to print.",
        discussion: """
            Run `signpost build` first. Each page in Site/leaflets/ (and each language's, Site/pl/leaflets/) is printed by a headless Chromium to a PDF
            beside it (tagged, with an outline). Set SIGNPOST_CHROMIUM to use a particular browser.
            Exit status: 0 printed; 2 a usage or environment problem (no Chromium, no leaflets).
            """
    )

    @Option(
        name: .long, help: ArgumentHelp("Print only this guide's leaflets, e.g. concerns/making-a-complaint.", valueName: "path"))
    var only: String?

    @Option(name: .long, help: ArgumentHelp("The folder that holds site.yaml (for the site's address).", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The built website.", valueName: "dir"))
    var site = "Site"

    func run() async throws {
        guard let chromium = LeafletPrinter.findChromium() else {
            Terminal.fail(
                EnvironmentError(
                    "Chromium is not installed, and it is what prints the leaflets", at: "chromium",
                    hint: "install it with `sudo apt-get install chromium`, then run `signpost print` again"))
            throw ExitCode(2)
        }
        do {
            let (config, problems) = try ContentLoader.loadConfig(from: content)
            Terminal.report(problems)
            let leaflets = try LeafletPrinter.leaflets(in: site, languages: config.languages, only: only)
            let pdfs = try await LeafletPrinter.print(leaflets, site: site, config: config, chromium: chromium) {
                Terminal.progress("Printing \($0)")
            }
            let folders = config.languages.first.map { " and each language's, such as \(site)/\($0.folder)leaflets/" } ?? ""
            print("Printed \(pdfs.count) leaflet\(pdfs.count == 1 ? "" : "s") into \(site)/leaflets/\(folders).")
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
    }
}
