import Diagnostics

/// Collects the diagnostics found while reading one file.
final class DiagnosticSink {
    var items: [Diagnostic] = []

    func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(.error(message, at: location, hint: hint))
    }

    func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        items.append(.warning(message, at: location, hint: hint))
    }
}
