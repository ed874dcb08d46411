import ArgumentParser
import BuiltIn
import Diagnostics
import Utilities

/// `signpost templates`: Signpost's own templates, for a designer to start from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Work with Signpost's own templates, styles and scripts.",
        subcommands: [TemplatesCopyCommand.self]
    )
}

/// `signpost templates copy [DIR]`.
struct TemplatesCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Write Signpost's own templates into a folder, to change the site's look.",
        discussion: """
            A build lays the Templates/ folder beside Content/ over Signpost's own templates, file by file: keep only \
            the files you change, and the rest stay Signpost's own (and are updated with it). \
            A file that exists already is never replaced.

            Exit status: 0 written; 1 some files existed already and were kept; 2 the folder could not be written.
            """
    )

    @Argument(help: ArgumentHelp("The folder to write them into.", valueName: "dir"))
    var folder = "Templates"

    func run() throws {
        var written = 0
        var kept: [String] = []
        do {
            for (path, bytes) in BuiltIn.templates.sorted(by: { $0.key < $1.key }) {
                let target = folder + "/" + path
                if FileSystem.exists(target) {
                    kept.append(target)
                    continue
                }
                try FileSystem.createDirectory(Path.directory(of: target))
                try FileSystem.write(bytes, to: target)
                written += 1
            }
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        for path in kept {
            Terminal.warn(
                "this file exists already, so it was kept as it is", about: path,
                hint: "to start this file again from Signpost's own, move it away and run `signpost templates copy` again")
        }
        print("Wrote \(written) of \(BuiltIn.templates.count) template files into \(folder)/.")
        print("Delete the files you do not change: a build uses Signpost's own for any file the folder does not have.")
        if !kept.isEmpty { throw ExitCode(1) }
    }
}
