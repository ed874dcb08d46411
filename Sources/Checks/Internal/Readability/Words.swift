/// Words as readability formulas count them: runs of letters, digits, apostrophes and hyphens (a hyphenated word is one
/// word, and so is an abbreviation with full stops inside, like `e.g`), holding at least one letter or digit.
///
/// Works on UTF-8 bytes; any non-ASCII byte counts as part of a word.
enum Words {
    /// What the scan found of a word's letters as it went, for counting its syllables.
    struct Shape {
        /// Whether it is all the letters a to z: counted as it is, with no capitals to lower or hyphens to cut at.
        var allLower = true
        /// Whether it has a hyphen: each part counts a syllable at least.
        var hyphenated = false
        /// How many of its letters are a, e, i, o, u or y.
        var vowels = 0

        /// Whether it may have three syllables or more: in a word of one part each syllable `Syllables` counts starts
        /// at a vowel, so one with fewer than three has at most two.
        var mayBePolysyllabic: Bool { hyphenated || vowels >= 3 }
    }

    /// Calls `body` with each word's bytes.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEach(in: text) { word, _ in body(word) }
    }

    /// Calls `body` with each word's bytes and its shape.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Shape) -> Void) {
        TextBytes.kinds.withUnsafeBufferPointer { kinds in
            let count = text.count
            var index = 0
            while index < count {
                // A word starts at a letter, a digit, an apostrophe or a hyphen.
                var kind = kinds[Int(text[index])]
                guard kind & (TextBytes.letter | TextBytes.joining) != 0 else {
                    index += 1
                    continue
                }
                let start = index
                var shape = Shape()
                var hasLetter = false
                while true {
                    if kind & TextBytes.letter != 0 {
                        hasLetter = true
                        if kind & TextBytes.lower == 0 { shape.allLower = false }
                        if kind & TextBytes.vowel != 0 { shape.vowels += 1 }
                    } else if kind & TextBytes.joining != 0 {
                        shape.allLower = false
                        if text[index] == UInt8(ascii: "-") { shape.hyphenated = true }
                    } else if text[index] == UInt8(ascii: "."), index + 1 < count,
                        kinds[Int(text[index + 1])] & TextBytes.letter != 0
                    {
                        shape.allLower = false  // a full stop inside a word: `e.g`
                    } else {
                        break
                    }
                    index += 1
                    guard index < count else { break }
                    kind = kinds[Int(text[index])]
                }
                if hasLetter { body(UnsafeBufferPointer(rebasing: text[start..<index]), shape) }
            }
        }
    }

    /// The words of a text, for tests and small texts.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            forEach(in: UnsafeBufferPointer(buffer)) { words.append(String(decoding: $0, as: UTF8.self)) }
        }
        return words
    }
}
