import Diagnostics
import Foundation
import Utilities

/// Writing to the terminal: progress on standard output, problems on standard error.
enum Terminal {
    static func progress(_ line: String) {
        print(line)
        fflush(nil)  // at once, even when the output goes to a file
    }

    /// A failure that stops a command, in the one diagnostic form: what it concerns, what is wrong and a hint.
    static func fail(_ error: Error, hint: String = "check that the folders named exist and that you may read and write them") {
        switch error {
        case let environment as EnvironmentError:
            printError(environment.diagnostic.formatted)
        case let failure as FileSystem.Failure:
            printError(Diagnostic.error(failure.reason, at: SourceLocation(path: failure.path), hint: hint).formatted)
        default:
            printError(Diagnostic.error("\(error)", at: SourceLocation(path: "signpost"), hint: hint).formatted)
        }
    }

    /// Diagnostics on standard error in one write, each in the one diagnostic form.
    ///
    /// A large site's thousands of warnings took a write each (at 10,000 guides, 2,000 writes and 6 ms of a rebuild's
    /// time), and a terminal shows them no sooner. The text is gathered in one string and written from its bytes:
    /// joined as an array of lines and made into Foundation's `Data`, a no-op at 1,000 guides spent more on finding
    /// those generic types at run time than on its 205 warnings.
    static func report(_ diagnostics: some Sequence<Diagnostic>) {
        var text = ""
        for diagnostic in diagnostics {
            text += diagnostic.formatted
            text += "\n"
        }
        guard !text.isEmpty else { return }
        FileSystem.write(text, toDescriptor: STDERR_FILENO)
    }

    /// A warning about how a command was asked for, in the one diagnostic form.
    static func warn(_ message: String, about subject: String, hint: String) {
        printError(Diagnostic.warning(message, at: SourceLocation(path: subject), hint: hint).formatted)
    }
}

func printError(_ text: String) {
    FileSystem.write(text + "\n", toDescriptor: STDERR_FILENO)
}
