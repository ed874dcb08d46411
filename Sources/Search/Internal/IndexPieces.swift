/// The index's words split into pieces by how they begin, so that a query loads only the pieces its words can be in.
///
/// Words go first by their first letter; a piece over `SearchIndex.pieceBudget` bytes is split again by one
/// letter more (its words no longer than its beginning stay in it), up to `SearchIndex.longestKey` letters. A word
/// is in the piece whose beginning is the longest that starts it.
enum IndexPieces {
    /// `lines`, sorted by word, as pieces in the order of their beginnings; `term` is a line's word and `size` its
    /// length in bytes (each line in a piece takes two more, for what separates it from the next).
    static func split<Line>(_ lines: [Line], term: (Line) -> String, size: (Line) -> Int) -> [(key: String, lines: [Line])] {
        let sized = lines.map { (term: term($0), size: size($0) + 2, line: $0) }
        return group(sized, length: 1).flatMap { key, lines in split(lines, key: key, length: 1) }
    }

    private typealias Sized<Line> = (term: String, size: Int, line: Line)

    private static func split<Line>(_ lines: [Sized<Line>], key: String, length: Int) -> [(key: String, lines: [Line])] {
        let size = lines.reduce(0) { $0 + $1.size }
        guard size > SearchIndex.pieceBudget, length < SearchIndex.longestKey else { return [(key, lines.map(\.line))] }
        let short = lines.filter { $0.term.unicodeScalars.count <= length }
        let long = lines.filter { $0.term.unicodeScalars.count > length }
        var pieces: [(key: String, lines: [Line])] = short.isEmpty ? [] : [(key, short.map(\.line))]
        for (longer, group) in group(long, length: length + 1) {
            pieces += split(group, key: longer, length: length + 1)
        }
        return pieces
    }

    /// `lines` by the first `length` letters of their words, in order of those beginnings, each group's order kept.
    private static func group<Line>(_ lines: [Sized<Line>], length: Int) -> [(key: String, lines: [Sized<Line>])] {
        var groups: [String: [Sized<Line>]] = [:]
        for line in lines { groups[prefix(line.term, length), default: []].append(line) }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// The first `length` letters (Unicode scalars, as the script counts them too) of a word.
    static func prefix(_ term: String, _ length: Int) -> String {
        String(String.UnicodeScalarView(term.unicodeScalars.prefix(length)))
    }
}
