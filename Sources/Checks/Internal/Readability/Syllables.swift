/// Counts the syllables of an English word by its groups of vowels, with the usual corrections:
/// a silent final `e`, `-ed` and `-es` endings that add no syllable, and `i` before `a`, `o` or `u`
/// sounding apart (`me-di-um`) except in `-tion`, `-sion`, `-cial` and the like.
/// A hyphenated word's syllables are those of its parts; a number counts as one syllable.
enum Syllables {
    static func count(_ word: some StringProtocol) -> Int {
        let parts = word.lowercased().split(separator: "-")
        guard !parts.isEmpty else { return 1 }
        return parts.map { countPart(Array($0.unicodeScalars.filter { ("a"..."z").contains($0) }.map { Character($0) })) }
            .reduce(0, +)
    }

    private static func countPart(_ letters: [Character]) -> Int {
        guard letters.count > 3 else { return 1 }
        var word = letters
        if word.last == "e", !(word.count > 2 && word[word.count - 2] == "l" && !isVowel(word, word.count - 3)) {
            word.removeLast()
        } else if word.count > 4, word.suffix(2) == ["e", "d"] || word.suffix(2) == ["e", "s"],
            !["t", "d"].contains(word[word.count - 3]),
            !(word.suffix(2) == ["e", "s"] && ["s", "x", "z", "c", "g", "h"].contains(word[word.count - 3]))
        {
            word.removeLast(2)
        }
        var count = 0
        var previousVowel = false
        for index in word.indices {
            let vowel = isVowel(word, index)
            if vowel && (!previousVowel || soundsApart(word, index)) { count += 1 }
            previousVowel = vowel
        }
        return max(count, 1)
    }

    /// `y` is a vowel except at the start of a word or after another vowel.
    private static func isVowel(_ word: [Character], _ index: Int) -> Bool {
        guard index >= 0, index < word.count else { return false }
        switch word[index] {
        case "a", "e", "i", "o", "u": return true
        case "y": return index > 0 && !"aeiou".contains(word[index - 1])
        default: return false
        }
    }

    /// Whether `a`, `o` or `u` after `i` starts a syllable of its own: `medium`, `period`, but not `nation`,
    /// `special`, `region`.
    private static func soundsApart(_ word: [Character], _ index: Int) -> Bool {
        guard index >= 2, word[index - 1] == "i", "aou".contains(word[index]) else { return false }
        return !"ctsgx".contains(word[index - 2])
    }
}
