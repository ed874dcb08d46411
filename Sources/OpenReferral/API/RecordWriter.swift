import Content
import Diagnostics
import Utilities

/// Writes imported services as records in a folder, each alone: a record that cannot be read or written is reported and
/// the rest are still written.
///
/// A record that exists is not replaced unless told to, and nothing is written through a link: the folder is a
/// boundary, as `Content/` is for a build.
public enum RecordWriter {
    /// What happened to each record of the file, in order.
    public enum Outcome: Sendable, Equatable {
        /// Written; with what could not be brought across (warnings) and what a build will report.
        case written(path: String, diagnostics: [Diagnostic])
        /// Left alone: a record with this id exists already.
        case refused(path: String)
        /// Not written: the record could not be read, or its file could not be written.
        case failed(Diagnostic)
    }

    /// - Parameter file: the imported file's path as the user gave it, for messages about its records.
    public static func write(
        _ records: [Result<OpenReferralImport.Imported, OpenReferralImport.RecordProblem>], from file: String,
        into folder: String, overwrite: Bool
    ) throws -> [Outcome] {
        try FileSystem.createDirectory(folder)
        return records.map { record in
            switch record {
            case .failure(let problem):
                let name = problem.id.map { " (id `\($0.prefix(80))`)" } ?? ""
                return .failed(
                    .error(
                        "record \(problem.number)\(name) was not imported: \(problem.message)",
                        at: SourceLocation(path: file, line: problem.line, column: problem.column),
                        hint:
                            "correct it in the system it came from, or in this file, and import again; the other records were imported"
                    ))
            case .success(let item):
                return write(item, into: folder, overwrite: overwrite)
            }
        }
    }

    private static func write(_ item: OpenReferralImport.Imported, into folder: String, overwrite: Bool) -> Outcome {
        let path = folder + "/" + item.service.id + ".yaml"
        let yaml = ServiceYAML.write(item.service)
        do {
            guard try FileSystem.writeNew(yaml, to: path, replacing: overwrite) else { return .refused(path: path) }
        } catch {
            return .failed(
                .error(
                    "cannot write this record: \(error)", at: SourceLocation(path: path),
                    hint:
                        "a record is never written through a link or over a folder: remove what is there, or import into another folder"
                ))
        }
        let notes = item.notes.map {
            Diagnostic.warning($0, at: SourceLocation(path: path), hint: "add it to the record by hand if readers need it")
        }
        let (_, diagnostics) = ContentLoader.readServiceRecord(yaml, path: item.service.sourcePath, display: path)
        return .written(path: path, diagnostics: notes + diagnostics)
    }
}
