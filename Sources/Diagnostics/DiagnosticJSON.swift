import Foundation

/// `--format json`: the diagnostics as a list of flat records, for editors' tools and CI.
public enum DiagnosticJSON {
    struct Record: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let message: String
        let hint: String?
    }

    /// A JSON list of `{file, line, column, severity, message, hint}`, keys sorted, in the order given.
    public static func encode(_ diagnostics: [Diagnostic]) throws -> String {
        let records = diagnostics.map {
            Record(
                file: $0.location.path, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(records), as: UTF8.self)
    }
}
