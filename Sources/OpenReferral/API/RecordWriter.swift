import Content
import Diagnostics
import Utilities

/// Writes imported services as records in a folder, refusing to replace one that exists unless told to,
/// and checks each record it writes as a build would.
public enum RecordWriter {
    /// What happened to each service, in order.
    public enum Outcome: Sendable, Equatable {
        /// Written; with what could not be brought across and what a build will report.
        case written(path: String, notes: [String], diagnostics: [Diagnostic])
        /// Left alone: a record with this id exists already.
        case refused(path: String)
    }

    public static func write(_ imported: [OpenReferralImport.Imported], into folder: String, overwrite: Bool) throws -> [Outcome]
    {
        try FileSystem.createDirectory(folder)
        var outcomes: [Outcome] = []
        for item in imported {
            let path = folder + "/" + item.service.id + ".yaml"
            if FileSystem.exists(path) && !overwrite {
                outcomes.append(.refused(path: path))
                continue
            }
            let yaml = ServiceYAML.write(item.service)
            try FileSystem.write(yaml, to: path)
            let (_, diagnostics) = ContentLoader.readServiceRecord(yaml, path: item.service.sourcePath, display: path)
            outcomes.append(.written(path: path, notes: item.notes, diagnostics: diagnostics))
        }
        return outcomes
    }
}
