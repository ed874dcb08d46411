import Foundation

/// The words a search matches: one rule for the index Signpost writes and for the queries the search script reads
/// (`Templates/assets/search.js` does the same, step for step).
///
/// Apostrophes are taken out (`patient's` is `patients`), the text is split at anything that is not a letter, a
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
        var word = String.UnicodeScalarView()
        var isASCII = true
        func finish() {
            guard !word.isEmpty else { return }
            let term = isASCII ? String(word) : fold(String(word))
            if term.unicodeScalars.count > 1 { body(term) }
            word = String.UnicodeScalarView()
            isASCII = true
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: word.append(scalar)
            case 0x41...0x5A: word.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            case 0x27, 0x2019: continue  // an apostrophe joins the word's two sides
            case 0...0x7F: finish()
            default:
                if isWordScalar(scalar) {
                    word.append(scalar)
                    isASCII = false
                } else {
                    finish()
                }
            }
        }
        finish()
    }

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
