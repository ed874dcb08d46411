import Diagnostics
import Utilities

/// A diagnostic as the build cache keeps it (the last build's report, what loading each kept page found, and what
/// reading each kept service record found).
extension Diagnostic {
    public func store(into writer: inout ByteWriter) {
        writer.add(severity.rawValue)
        writer.add(message)
        writer.add(location.path)
        writer.add(location.line)
        writer.add(location.column)
        writer.add(hint)
    }

    public init(stored reader: inout ByteReader) throws {
        guard let severity = Severity(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
        let message = try reader.string()
        let location = SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int())
        self.init(severity, message, at: location, hint: try reader.optionalString())
    }
}
