/// "Did you mean ...?": the closest of a list of known words to one that was mistyped.
public enum Suggestion {
    /// The candidate nearest `word` by edit distance, when it is near enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().utf8)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().utf8))
            if distance < best?.1 ?? Int.max { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(2, min(target.count, candidate.utf8.count) / 3)
        return distance <= allowed ? candidate : nil
    }

    /// The hint text for a mistyped word, or a list of what is allowed when nothing is close.
    public static func hint(for word: String, in candidates: [String], noun: String = "") -> String {
        if let match = closest(to: word, in: candidates) {
            return "did you mean `\(match)`?"
        }
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        return noun.isEmpty ? "use one of \(list)" : "the \(noun) are \(list)"
    }

    /// Levenshtein distance, with a transposition counting as one edit.
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
