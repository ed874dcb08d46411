import Utilities

/// One language's search index, as the scripts a browser loads from any address, `file://` included: a small
/// manifest, the words in pieces by how they begin, and what results show, a few entries a file.
///
/// A query loads the manifest, the pieces its words can be in, and the files of the entries it shows.
public struct SearchIndex: Sendable {
    /// The most documents a word lists: those it weighs most in (it still counts how many it is in, for its rarity).
    public static let postingsLimit = 200
    /// The size in bytes above which a piece is split by a longer beginning, up to `longestKey` letters.
    public static let pieceBudget = 16_000
    public static let longestKey = 6
    /// The entries a file of entries holds.
    public static let entriesPerFile = 20

    /// One word and the documents it is in.
    struct TermList {
        var term: String
        /// How many documents the word is in, before `postingsLimit`.
        var count: Int
        /// Each document's number (in `entries`) and the word's weight there, by number.
        var postings: [(document: Int, weight: Int)]

        init(term: String, count: Int, postings: [(document: Int, weight: Int)]) {
            self.term = term
            self.count = count
            self.postings = postings
        }

    }

    /// What each result shows, in the order of the documents' numbers, and whether it is in English in another
    /// language's index.
    public let entries: [(entry: SearchEntry, inEnglish: Bool)]
    let lists: [TermList]

    /// `documentWords[i]` are document `i`'s words, as `term << 8 | weight` with `term` a number in `terms`; each word
    /// keeps the `postingsLimit` documents it weighs most in, the first ones where weights are equal (`WordPostings`).
    init(entries: [(entry: SearchEntry, inEnglish: Bool)], documentWords: [ArraySlice<UInt32>], terms: [String]) {
        self.entries = entries
        let found = WordPostings(
            documentWords.prefix(SearchCollector.wordLimit), wordCount: terms.count, limit: SearchIndex.postingsLimit)
        lists = terms.indices.compactMap { term in
            found.counts[term] == 0
                ? nil : TermList(term: terms[term], count: found.counts[term], postings: found.postings(of: term))
        }.sorted { $0.term < $1.term }
    }

    /// One of the index's files: its path inside the index's folder, what its text is made from, and how to make it.
    public struct File: Sendable {
        public let path: String
        /// A fingerprint of everything its text shows, worked out without making the text: two files at the same path
        /// with the same `madeFrom` have the same text, so a build keeps the file it has without making it again.
        public let madeFrom: Fingerprint
        /// Makes the text.
        public let text: @Sendable () -> String
    }

    /// The index's files, with paths inside its folder: `index.js` (the manifest), `t<n>.js` (the pieces of words)
    /// and `d<n>.js` (the entries).
    public var files: [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        forEachFile { files.append(($0.path, $0.text())) }
        return files
    }

    /// Each of the index's files in turn, in the order of `files`, its text made only when it is asked for: of the
    /// many small files, an edited page changes only those that hold its words, and a build makes only those.
    public func forEachFile(_ body: (File) -> Void) {
        let words = lists.map { (list: $0, term: JSONEscape.string($0.term)) }
        let pieces = IndexPieces.split(words, term: \.list.term) { Self.lineSize($0.list, term: $0.term) }
        let keys = pieces.map { JSONEscape.string($0.key) }.joined(separator: ",")
        let manifest =
            "signpostSearch.manifest({\"entries\":\(entries.count),\"perFile\":\(Self.entriesPerFile),"
            + "\"pieces\":[\(keys)]});\n"
        body(File(path: "index.js", madeFrom: Fingerprint.of(manifest.utf8)) { manifest })
        for (number, piece) in pieces.enumerated() {
            var made = Fingerprinter()
            made.add(number)
            for (list, _) in piece.lines {
                made.add(list.term)
                made.add(list.count)
                made.add(list.postings.count)
                for (document, weight) in list.postings {
                    made.add(document)
                    made.add(weight)
                }
            }
            let lines = piece.lines
            body(
                File(path: "t\(number).js", madeFrom: made.finish()) {
                    "signpostSearch.piece(\(number),[\n"
                        + lines.map { Self.line($0.list, term: $0.term) }.joined(separator: ",\n")
                        + "]);\n"
                })
        }
        var start = 0
        while start < entries.count {
            let number = start / Self.entriesPerFile
            let chunk = entries[start..<min(start + Self.entriesPerFile, entries.count)]
            var made = Fingerprinter()
            made.add(number)
            for (entry, inEnglish) in chunk {
                for field in entry.shown { made.add(field) }
                made.add(inEnglish ? 1 : 0)
            }
            body(
                File(path: "d\(number).js", madeFrom: made.finish()) {
                    let lines = chunk.map { entry, inEnglish in
                        "[" + entry.shown.map(JSONEscape.string).joined(separator: ",") + (inEnglish ? ",1]" : ",0]")
                    }
                    return "signpostSearch.entries(\(number),[\n" + lines.joined(separator: ",\n") + "]);\n"
                })
            start += Self.entriesPerFile
        }
    }

    /// A word's line in its piece: `["word",count,[document,weight,...]]`, each document's number after the first
    /// written as the step from the one before; `term` is the word as a JSON string, when it is made already.
    static func line(_ list: TermList, term: String? = nil) -> String {
        var line = "[" + (term ?? JSONEscape.string(list.term)) + "," + String(list.count) + ",["
        line.reserveCapacity(line.utf8.count + list.postings.count * 8 + 2)
        var previous = 0
        for (number, (document, weight)) in list.postings.enumerated() {
            if number > 0 { line += "," }
            line += String(document - previous)
            line += ","
            line += String(weight)
            previous = document
        }
        return line + "]]"
    }

    /// The length in bytes of `line(list)`, worked out without making it; `term` is the word as a JSON string.
    static func lineSize(_ list: TermList, term: String) -> Int {
        var size = term.utf8.count + digits(list.count) + 6  // `[`, `,`, `,[` and `]]`
        var previous = 0
        for (document, weight) in list.postings {
            size += digits(document - previous) + digits(weight) + 2  // `,` between them, and before the next
            previous = document
        }
        return list.postings.isEmpty ? size : size - 1
    }

    /// How many decimal digits `number` (not negative) is written in.
    private static func digits(_ number: Int) -> Int {
        var (count, rest) = (1, number)
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }
}
