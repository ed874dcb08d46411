import Testing

@testable import Search

/// Which documents each word keeps: the same as sorting every document a word is in by weight, highest first, then
/// by document, keeping the first `limit`, and putting them back in document order.
@Suite struct WordPostingsTests {
    /// What `WordPostings` must give, the slow way.
    static func expected(_ documents: [[UInt32]], word: Int, limit: Int) -> [(document: Int, weight: Int)] {
        let all = documents.enumerated().flatMap { document, words in
            words.filter { Int($0 >> 8) == word }.map { (document: document, weight: Int($0 & 0xFF)) }
        }
        let kept = all.sorted { ($1.weight, $0.document) < ($0.weight, $1.document) }.prefix(limit)
        return kept.sorted { $0.document < $1.document }
    }

    /// Documents of seeded words and weights: a few weights (ties at the limit), a spread of them, and the extremes.
    static func documents(seed: UInt64, count: Int, words: Int, weights: [UInt32]) -> [[UInt32]] {
        var state = seed
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in
            // Each word at most once a document, as a page's weighed words are.
            let chosen = Set((0..<(next() % (words + 1))).map { _ in next() % words })
            return chosen.sorted().map { UInt32($0) << 8 | weights[next() % weights.count] }
        }
    }

    @Test(arguments: [
        (seed: 1 as UInt64, count: 600, words: 12, limit: 200, weights: [1, 2, 3] as [UInt32]),
        (seed: 2, count: 600, words: 12, limit: 200, weights: [1]),
        (seed: 3, count: 500, words: 30, limit: 7, weights: Array(0...255)),
        (seed: 4, count: 300, words: 5, limit: 300, weights: [0, 255]),
        (seed: 5, count: 250, words: 3, limit: 1, weights: [4, 4, 9, 30]),
        (seed: 6, count: 0, words: 4, limit: 200, weights: [1]),
        (seed: 7, count: 400, words: 2, limit: 200, weights: [0, 0, 0, 1]),
    ])
    func eachWordKeepsWhatSortingEveryDocumentWouldKeep(
        seed: UInt64, count: Int, words: Int, limit: Int, weights: [UInt32]
    ) {
        let documents = Self.documents(seed: seed, count: count, words: words, weights: weights)
        let found = WordPostings(documents.map { $0[...] }[...], wordCount: words, limit: limit)
        for word in 0..<words {
            let expected = Self.expected(documents, word: word, limit: limit)
            #expect(found.counts[word] == documents.count { $0.contains { Int($0 >> 8) == word } })
            #expect(found.postings(of: word).map(\.document) == expected.map(\.document))
            #expect(found.postings(of: word).map(\.weight) == expected.map(\.weight))
        }
    }

    /// A word in exactly as many documents as the limit keeps them all; past it, the least weight kept may be 0, and
    /// the first documents of it are kept.
    @Test func theLimitItselfAndAThresholdOfWeightZero() {
        let documents: [[UInt32]] = [
            [0 << 8 | 5, 1 << 8 | 0], [0 << 8 | 1, 1 << 8 | 0], [0 << 8 | 9, 1 << 8 | 1], [1 << 8 | 0], [1 << 8 | 0],
        ]
        let found = WordPostings(documents.map { $0[...] }[...], wordCount: 2, limit: 3)
        #expect(found.counts == [3, 5])
        #expect(found.postings(of: 0).map(\.document) == [0, 1, 2])
        #expect(found.postings(of: 0).map(\.weight) == [5, 1, 9])
        #expect(found.postings(of: 1).map(\.document) == [0, 1, 2])
        #expect(found.postings(of: 1).map(\.weight) == [0, 0, 1])
    }
}
