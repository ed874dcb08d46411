/// Words as readability formulas count them: runs of letters, digits, apostrophes and hyphens (a hyphenated word is one
/// word, and so is an abbreviation with full stops inside, like `e.g`), holding at least one letter or digit.
///
/// Works on UTF-8 bytes; any non-ASCII byte counts as part of a word.
enum Words {
    /// Calls `body` with each word's bytes.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEach(in: text) { word, _ in body(word) }
    }

    /// Calls `body` with each word's bytes, and whether they are all the letters a to z (a word counted as it is,
    /// with no capitals to lower or hyphens to cut at).
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        TextBytes.kinds.withUnsafeBufferPointer { kinds in
            var start = -1
            var hasLetter = false
            var allLower = true
            var index = 0
            while index <= text.count {
                let kind = index < text.count ? kinds[Int(text[index])] : TextBytes.space
                let letter = kind & TextBytes.letter != 0
                let inWord =
                    letter || kind & TextBytes.joining != 0
                    || (kind & TextBytes.stop != 0 && text[index] == UInt8(ascii: ".") && start >= 0
                        && index + 1 < text.count
                        && kinds[Int(text[index + 1])] & TextBytes.letter != 0)
                if inWord {
                    if start < 0 {
                        start = index
                        hasLetter = false
                        allLower = true
                    }
                    if letter { hasLetter = true }
                    if kind & TextBytes.lower == 0 { allLower = false }
                } else if start >= 0 {
                    if hasLetter { body(UnsafeBufferPointer(rebasing: text[start..<index]), allLower) }
                    start = -1
                }
                index += 1
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
