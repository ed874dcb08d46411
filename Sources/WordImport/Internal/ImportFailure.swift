import Diagnostics

/// Why a Word file was not imported, said at the file, with what to do about it.
struct ImportFailure: Error, Equatable {
    var message: String
    var hint: String

    /// What the editor sees for `error` at the Word file.
    static func diagnostic(for error: any Error, at file: String) -> Diagnostic {
        guard let failure = error as? ImportFailure else {
            return .error(
                "cannot import this file: \(error)", at: SourceLocation(path: file),
                hint: "check that the file and the guides folder can be read and written, and import again")
        }
        return .error(failure.message, at: SourceLocation(path: file), hint: failure.hint)
    }

    /// The guide or its pictures folder is there already.
    static func exists(_ path: String) -> ImportFailure {
        ImportFailure(
            message: "`\(path)` exists already",
            hint: "rename the Word file, or move what is there away, and import again: an import never replaces a file")
    }
}
