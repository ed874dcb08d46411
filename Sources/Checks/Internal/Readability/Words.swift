/// Words as readability formulas count them: runs of letters, digits, apostrophes and hyphens (a hyphenated word is one
/// word, and so is an abbreviation with full stops inside, like `e.g`), holding at least one letter or digit.
///
/// Works on UTF-8 bytes; any non-ASCII byte counts as part of a word.
enum Words {
    /// Calls `body` with each word's bytes.
    static func forEach(in text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = -1
        var hasLetter = false
        var index = 0
        while index <= text.count {
            let byte: UInt8 = index < text.count ? text[index] : 0x20
            let letter = isLetterOrDigit(byte)
            let inWord =
                letter || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
                || (byte == UInt8(ascii: ".") && start >= 0 && index + 1 < text.count && isLetterOrDigit(text[index + 1]))
            if inWord {
                if start < 0 {
                    start = index
                    hasLetter = false
                }
                if letter { hasLetter = true }
            } else if start >= 0 {
                if hasLetter { body(UnsafeBufferPointer(rebasing: text[start..<index])) }
                start = -1
            }
            index += 1
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

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
    }
}
