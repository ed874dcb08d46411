import ArgumentParser
import Content
import Diagnostics
import Foundation
import OpenReferral
import Utilities

/// `signpost import`: brings records from other systems into the content folder.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring service records from another system, or Word leaflets, into the content folder.",
        subcommands: [OpenReferralImportCommand.self, WordImportCommand.self]
    )
}

/// `signpost import oruk FILE.json --into Content/services`.
struct OpenReferralImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oruk",
        abstract: "Turn an Open Referral UK (HSDS 3.0) services file into service records.",
        discussion: """
            FILE is a JSON list of services, one service, or a page of the ORUK API ({"contents": [...]}). \
            Each service becomes <id>.yaml in the folder named by --into. A record that exists already is left \
            alone unless --overwrite is given. Each new record is checked as a build would check it.

            Exit status: 0 imported; 1 a record was refused or has problems to fix; 2 the file could not be read.
            """
    )

    @Argument(help: ArgumentHelp("The Open Referral UK JSON file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The folder to write the records into.", valueName: "dir"))
    var into = "Content/services"

    @Flag(name: .long, help: "Replace records that exist already.")
    var overwrite = false

    func run() throws {
        let outcomes: [RecordWriter.Outcome]
        do {
            let data = Data(try FileSystem.readBytes(file))
            outcomes = try RecordWriter.write(try OpenReferralImport.parse(data), from: file, into: into, overwrite: overwrite)
        } catch let failure as OpenReferralImport.Failure {
            printError(
                Diagnostic.error(
                    "\(failure)", at: SourceLocation(path: file),
                    hint:
                        "export the services from the other system as Open Referral UK JSON: a list of services, one service, or a page {\"contents\": [...]}"
                ).formatted)
            throw ExitCode(2)
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        var refused = 0
        var failed = 0
        var problems = 0
        var written = 0
        for outcome in outcomes {
            switch outcome {
            case .refused(let path):
                printError(
                    Diagnostic.error(
                        "this record exists already, so it was not replaced", at: SourceLocation(path: path),
                        hint: "run again with --overwrite to replace it"
                    ).formatted)
                refused += 1
            case .failed(let diagnostic):
                printError(diagnostic.formatted)
                failed += 1
            case .written(_, let diagnostics):
                written += 1
                Terminal.report(diagnostics)
                problems += diagnostics.count
            }
        }
        print(
            "Imported \(written) of \(outcomes.count) services into \(into)/: \(refused) refused, \(failed) not imported, \(problems) problems to fix."
        )
        if refused > 0 || failed > 0 || problems > 0 { throw ContentFailure() }
    }
}
