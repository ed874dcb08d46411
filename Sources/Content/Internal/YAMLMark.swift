import Yams

/// Where a YAML value starts: its line and column from 1, columns counted in Unicode scalars (as libyaml counts them).
struct YAMLMark: Sendable, Equatable {
    var line: Int
    var column: Int
}

extension YAMLMark {
    /// Where libyaml's tree says a value starts.
    init?(_ mark: Yams.Mark?) {
        guard let mark else { return nil }
        self.init(line: mark.line, column: mark.column)
    }
}
