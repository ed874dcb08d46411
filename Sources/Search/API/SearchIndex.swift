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

    /// `documentWords[i]` are document `i`'s words, as `term << 8 | weight` with `term` a number in `terms`.
    ///
    /// One pass over the documents in order: each word counts its documents and keeps the `postingsLimit` it weighs
    /// most in (the first ones where weights are equal) in a heap of its own, so no list of every document a word
    /// is in is ever made.
    init(entries: [(entry: SearchEntry, inEnglish: Bool)], documentWords: [ArraySlice<UInt32>], terms: [String]) {
        self.entries = entries
        var counts = [Int](repeating: 0, count: terms.count)
        var best = [TopPostings](repeating: TopPostings(), count: terms.count)
        for (document, words) in documentWords.enumerated() where document < SearchCollector.wordLimit {
            for word in words {
                let term = Int(word >> 8)
                counts[term] += 1
                best[term].offer(document: document, weight: Int(word & 0xFF))
            }
        }
        lists = terms.indices.compactMap { term in
            counts[term] == 0
                ? nil : TermList(term: terms[term], count: counts[term], postings: best[term].postings)
        }.sorted { $0.term < $1.term }
    }

    /// The index's files, with paths inside its folder: `index.js` (the manifest), `t<n>.js` (the pieces of words)
    /// and `d<n>.js` (the entries).
    public var files: [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        forEachFile { files.append(($0, $1)) }
        return files
    }

    /// Each of the index's files in turn, in the order of `files`, made as it is handed over: a build writes each
    /// before the next is made, and never holds them all.
    public func forEachFile(_ body: (_ path: String, _ text: String) -> Void) {
        let pieces = IndexPieces.split(lists.map { (term: $0.term, line: Self.line($0)) })
        let keys = pieces.map { JSONEscape.string($0.key) }.joined(separator: ",")
        body(
            "index.js",
            "signpostSearch.manifest({\"entries\":\(entries.count),\"perFile\":\(Self.entriesPerFile),"
                + "\"pieces\":[\(keys)]});\n")
        for (number, piece) in pieces.enumerated() {
            body("t\(number).js", "signpostSearch.piece(\(number),[\n" + piece.lines.joined(separator: ",\n") + "]);\n")
        }
        var start = 0
        while start < entries.count {
            let chunk = entries[start..<min(start + Self.entriesPerFile, entries.count)].map { entry, inEnglish in
                "[" + [entry.path, entry.title, entry.summary, entry.section].map(JSONEscape.string).joined(separator: ",")
                    + (inEnglish ? ",1]" : ",0]")
            }
            let number = start / Self.entriesPerFile
            body("d\(number).js", "signpostSearch.entries(\(number),[\n" + chunk.joined(separator: ",\n") + "]);\n")
            start += Self.entriesPerFile
        }
    }

    /// A word's line in its piece: `["word",count,[document,weight,...]]`, each document's number after the first
    /// written as the step from the one before.
    static func line(_ list: TermList) -> String {
        var line = "[" + JSONEscape.string(list.term) + "," + String(list.count) + ",["
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
}
