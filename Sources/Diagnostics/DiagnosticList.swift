/// The diagnostics of a run, gathered from every stage so that all of them are reported, not just the first.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
        items.append(contentsOf: other)
    }

    public var errorCount: Int { items.count { $0.severity == .error } }
    public var warningCount: Int { items.count { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Every warning made an error, for `--strict`.
    public func strict() -> DiagnosticList {
        DiagnosticList(
            items.map {
                var d = $0; d.severity = .error; return d
            })
    }

    /// Sorted by place, with exact repeats removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }
}
