import Foundation

/// The words a search matches: one rule for the index Signpost writes and for the queries the search script reads
/// (`Templates/assets/search.js` does the same, step for step).
///
/// Apostrophes, `&` and invisible joiners are taken out (`patient's` is `patients`, `A&E` is `ae`), the text is split at anything that is not a letter, a
/// number or a combining mark, and each word is folded: decomposed (NFKD: `№` is `No`), lower case, accents taken off Latin letters (`Zażółć` is
/// `zazolc`), vowel marks off Arabic script, and a few letters without a decomposition written plainly (`ł`, `ø`,
/// `ß`). Words of one letter are left out.
public enum SearchTerms {
    /// The folded words of `text`, in order, repeats kept.
    public static func of(_ text: String) -> [String] {
        var terms: [String] = []
        forEach(in: text) { terms.append($0) }
        return terms
    }

    /// Hands each folded word of `text` to `body`, in order, without gathering them.
    static func forEach(in text: String, _ body: (String) -> Void) {
        forEachWord(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Hands the UTF-8 bytes of each folded word of `text` to `body`, in order: what the index counts words by.
    ///
    /// One pass over the UTF-8: ASCII letters and digits are lowered in place and handed on as they are, without a
    /// `String`; only a word with a letter outside ASCII is made one, to go through `fold`.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // A word is never longer than the text: its letters are copied (lowered) into a buffer that long.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { word in
                guard let start = word.baseAddress else { return }
                var length = 0
                var isASCII = true
                func finish() {
                    guard length > 0 else { return }
                    let letters = UnsafeBufferPointer(start: start, count: length)
                    if isASCII {
                        if length > 1 { body(letters) }
                    } else {
                        var term = fold(String(decoding: letters, as: UTF8.self))
                        if term.unicodeScalars.count > 1 { term.withUTF8(body) }
                    }
                    length = 0
                    isASCII = true
                }
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        switch byte {
                        case 0x61...0x7A, 0x30...0x39:
                            start[length] = byte
                            length += 1
                        case 0x41...0x5A:
                            start[length] = byte + 0x20
                            length += 1
                        case 0x27, 0x26: break  // an apostrophe or & joins the word's two sides: "patient's", "A&E"
                        default: finish()
                        }
                        index += 1
                        continue
                    }
                    let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = min(index + width, bytes.count)
                    var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for next in bytes[(index + 1)..<end] { value = value << 6 | UInt32(next & 0x3F) }
                    if Self.joiners.contains(value) {
                        // ’, and the invisible joiners and soft hyphen that sit inside words
                    } else if let scalar = Unicode.Scalar(value), isWordScalar(scalar) {
                        for next in index..<end {
                            start[length] = bytes[next]
                            length += 1
                        }
                        isASCII = false
                    } else {
                        finish()
                    }
                    index = end
                }
                finish()
            }
        }
    }

    /// What joins the two sides of a word, left out: `’`, the zero-width non-joiner and joiner (inside Urdu, Bengali
    /// and Punjabi words), the soft hyphen and the word joiner.
    static let joiners: Set<UInt32> = [0x2019, 0x200C, 0x200D, 0x00AD, 0x2060]

    /// A letter, a number or a combining mark (`\p{Alphabetic}`, `\p{N}`, `\p{M}` in the script).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A word with a letter outside ASCII: decomposed (NFKD), lower case, its accents and vowel marks dropped.
    static func fold(_ word: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in word.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x0640: continue
            default:
                if let plain = plainLetters[scalar] {
                    folded.append(contentsOf: plain.unicodeScalars)
                } else {
                    folded.append(scalar)
                }
            }
        }
        return String(folded)
    }

    /// Letters that Unicode does not decompose, written as a reader without them would type them.
    static let plainLetters: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th", "ð": "d",
    ]
}
