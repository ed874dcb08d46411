/// The index's words split into pieces by how they begin, so that a query loads only the pieces its words can be in.
///
/// Words go first by their first letter; a piece over `SearchIndex.pieceBudget` bytes is split again by one
/// letter more (its words no longer than its beginning stay in it), up to `SearchIndex.longestKey` letters. A word
/// is in the piece whose beginning is the longest that starts it.
enum IndexPieces {
    /// `lines`, sorted by word, as pieces in the order of their beginnings.
    static func split(_ lines: [(term: String, line: String)]) -> [(key: String, lines: [String])] {
        group(lines, length: 1).flatMap { key, lines in split(lines, key: key, length: 1) }
    }

    private static func split(_ lines: [(term: String, line: String)], key: String, length: Int) -> [(
        key: String, lines: [String]
    )] {
        let size = lines.reduce(0) { $0 + $1.line.utf8.count + 2 }
        guard size > SearchIndex.pieceBudget, length < SearchIndex.longestKey else { return [(key, lines.map(\.line))] }
        let short = lines.filter { $0.term.unicodeScalars.count <= length }
        let long = lines.filter { $0.term.unicodeScalars.count > length }
        var pieces: [(key: String, lines: [String])] = short.isEmpty ? [] : [(key, short.map(\.line))]
        for (longer, group) in group(long, length: length + 1) {
            pieces += split(group, key: longer, length: length + 1)
        }
        return pieces
    }

    /// `lines` by the first `length` letters of their words, in order of those beginnings, each group's order kept.
    private static func group(_ lines: [(term: String, line: String)], length: Int) -> [(
        key: String, lines: [(term: String, line: String)]
    )] {
        var groups: [String: [(term: String, line: String)]] = [:]
        for line in lines { groups[prefix(line.term, length), default: []].append(line) }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// The first `length` letters (Unicode scalars, as the script counts them too) of a word.
    static func prefix(_ term: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
    }
}
