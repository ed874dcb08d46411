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
    ///
    /// Repeats sort next to each other, among the few of the same place and message: each is looked for there alone,
    /// not hashed whole into a set (2,000 warnings at 10,000 guides).
    public var sorted: [Diagnostic] {
        var kept: [Diagnostic] = []
        kept.reserveCapacity(items.count)
        var sameSince = 0  // where the kept diagnostics of the same place and message as the next begin
        for diagnostic in items.sorted() {
            if let last = kept.last, last < diagnostic { sameSince = kept.count }
            if !kept[sameSince...].contains(diagnostic) { kept.append(diagnostic) }
        }
        return kept
    }
}
