/// Counts the syllables of an English word by its groups of vowels, with the usual corrections:
/// a silent final `e`, `-ed` and `-es` endings that add no syllable, and `i` before `a`, `o` or `u`
/// sounding apart (`me-di-um`) except in `-tion`, `-sion`, `-cial` and the like.
///
/// A hyphenated word's syllables are those of its parts; a number counts as one syllable. Works on
/// the word's UTF-8 bytes (letters other than a to z are left out): it runs on every word of every guide.
enum Syllables {
    static func count(_ word: some StringProtocol) -> Int {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { count(UnsafeBufferPointer($0)) }
    }

    static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        count(word, allLower: word.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
    }

    /// Whether a word has three syllables or more, as SMOG counts its long words; `shape` (from `Words.forEach`)
    /// answers for most words without counting.
    static func isPolysyllabic(_ word: UnsafeBufferPointer<UInt8>, _ shape: Words.Shape) -> Bool {
        shape.mayBePolysyllabic && count(word, allLower: shape.allLower) >= 3
    }

    /// `allLower`: whether every byte is a to z, as `Words.forEach` finds as it goes.
    static func count(_ word: UnsafeBufferPointer<UInt8>, allLower: Bool) -> Int {
        // Most words are lower-case letters alone: they are counted where they are, without a copy.
        if allLower { return word.isEmpty ? 1 : countPart(word) }
        // The rest are lowered and cut at hyphens into a buffer on the stack.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { part in
            var total = 0
            var parts = 0
            var length = 0
            for index in 0...word.count {
                let byte = index < word.count ? word[index] : UInt8(ascii: "-")
                if byte == UInt8(ascii: "-") {
                    if length > 0 {
                        total += countPart(UnsafeBufferPointer(rebasing: part[0..<length]))
                        parts += 1
                        length = 0
                    }
                } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                    part[length] = byte
                    length += 1
                } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                    part[length] = byte + 32
                    length += 1
                }
            }
            return parts == 0 ? 1 : total
        }
    }

    private static let e = UInt8(ascii: "e")

    private static func countPart(_ letters: UnsafeBufferPointer<UInt8>) -> Int {
        var length = letters.count
        guard length > 3 else { return 1 }
        let word = letters
        let last = word[length - 1]
        if last == e, !(word[length - 2] == UInt8(ascii: "l") && !isVowel(word, length - 3)) {
            length -= 1
        } else if length > 4, word[length - 2] == e, last == UInt8(ascii: "d") || last == UInt8(ascii: "s") {
            let before = word[length - 3]
            let keepsED = before == UInt8(ascii: "t") || before == UInt8(ascii: "d")
            let keepsES = last == UInt8(ascii: "s") && sibilantBeforeES(before)
            if !keepsED && !keepsES { length -= 2 }
        }
        // One pass, letter by letter: a `y` is a vowel unless the letter before is `a`, `e`, `i`, `o` or `u`
        // (`isVowel`), and the word's first letter is never a `y` that counts (`previousPlain` starts true).
        var count = 0
        var previousVowel = false
        var previousPlain = true
        for index in 0..<length {
            let letter = word[index]
            let plain = isPlainVowel(letter)
            let vowel = plain || (letter == UInt8(ascii: "y") && !previousPlain)
            if vowel && (!previousVowel || soundsApart(word, index)) { count += 1 }
            previousVowel = vowel
            previousPlain = plain
        }
        return max(count, 1)
    }

    /// Whether `-es` after this letter is a syllable of its own: `buses`, `boxes`, `sizes`, `places`, `pages`,
    /// `watches`.
    private static func sibilantBeforeES(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "h"):
            true
        default: false
        }
    }

    /// `y` is a vowel except at the start of a word or after another vowel.
    private static func isVowel(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 0, index < word.count else { return false }
        switch word[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        case UInt8(ascii: "y"): return index > 0 && !isPlainVowel(word[index - 1])
        default: return false
        }
    }

    /// Whether `a`, `o` or `u` after `i` starts a syllable of its own: `medium`, `period`, but not `nation`,
    /// `special`, `region`.
    private static func soundsApart(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 2, word[index - 1] == UInt8(ascii: "i") else { return false }
        switch word[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "o"), UInt8(ascii: "u"): break
        default: return false
        }
        switch word[index - 2] {
        case UInt8(ascii: "c"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "g"), UInt8(ascii: "x"): return false
        default: return true
        }
    }

    private static func isPlainVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }
}
