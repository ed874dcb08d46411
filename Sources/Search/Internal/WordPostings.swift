/// Each word's documents, from every document's words: how many documents a word is in, and the `limit` it weighs
/// most in (`SearchIndex.postingsLimit`), the earlier documents where weights are equal, by document.
///
/// Three passes over the documents' words, a few array reads and writes for each, and the lists end to end in one
/// array: the first counts each word's documents; the second, only for the words in more documents than the limit,
/// counts how many have each weight (0 to 255), which gives the least weight kept and how many of that weight are kept
/// (the first ones); the third writes each list in document order. No list of every document a word is in is made,
/// none grows, and nothing is sorted. A word in more documents than the limit holds a row of 256 counts meanwhile.
struct WordPostings {
    /// How many documents each word is in, by its number.
    let counts: [Int]
    /// Where each word's list starts in `postings`, and (the last) where the last one ends.
    private let starts: [Int]
    /// Every word's list, end to end, each posting `document << 8 | weight`.
    private let postings: [UInt32]

    /// `documents[i]` are document `i`'s words, as `word << 8 | weight` with `word` below `wordCount`; documents are
    /// numbered in 24 bits.
    init(_ documents: ArraySlice<ArraySlice<UInt32>>, wordCount: Int, limit: Int) {
        var counts = [Int](repeating: 0, count: wordCount)
        for words in documents {
            for word in words { counts[Int(word >> 8)] += 1 }
        }
        // The row of weights of each word in more documents than the limit (-1 for the rest).
        var rows = [Int](repeating: -1, count: wordCount)
        var rowCount = 0
        for word in counts.indices where counts[word] > limit {
            rows[word] = rowCount
            rowCount += 1
        }
        var weights = [Int32](repeating: 0, count: rowCount * 256)
        if rowCount > 0 {
            for words in documents {
                for word in words where rows[Int(word >> 8)] >= 0 {
                    weights[rows[Int(word >> 8)] * 256 + Int(word & 0xFF)] += 1
                }
            }
        }
        // The least weight a word keeps, and how many documents of that weight it keeps (every one, for a word in
        // no more documents than the limit: all of weight 0 up).
        var least = [UInt32](repeating: 0, count: wordCount)
        var ofLeast = [Int](repeating: .max, count: wordCount)
        for word in counts.indices where rows[word] >= 0 {
            var above = 0
            var weight = 255
            while weight > 0, above + Int(weights[rows[word] * 256 + weight]) < limit {
                above += Int(weights[rows[word] * 256 + weight])
                weight -= 1
            }
            least[word] = UInt32(weight)
            ofLeast[word] = limit - above
        }
        var starts = [Int](repeating: 0, count: wordCount + 1)
        for word in counts.indices { starts[word + 1] = starts[word] + min(counts[word], limit) }
        var next = starts
        var postings = [UInt32](repeating: 0, count: starts[wordCount])
        for (document, words) in documents.enumerated() {
            for word in words {
                let (number, weight) = (Int(word >> 8), word & 0xFF)
                if weight < least[number] { continue }
                if weight == least[number] {
                    guard ofLeast[number] > 0 else { continue }
                    ofLeast[number] -= 1
                }
                postings[next[number]] = UInt32(truncatingIfNeeded: document) << 8 | weight
                next[number] += 1
            }
        }
        self.counts = counts
        self.starts = starts
        self.postings = postings
    }

    /// The documents the word numbered `word` keeps, with its weight in each, by document.
    func postings(of word: Int) -> [(document: Int, weight: Int)] {
        postings[starts[word]..<starts[word + 1]].map { (document: Int($0 >> 8), weight: Int($0 & 0xFF)) }
    }
}
