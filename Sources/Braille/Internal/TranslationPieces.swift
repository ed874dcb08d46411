/// Where a text can be cut into pieces that liblouis translates the same alone as together, so that each
/// piece (mostly a single word) is translated once a build and remembered.
///
/// UEB grade 2 in liblouis looks across a space in three places, and the text is never cut there: numbers
/// (a space between digits is a numeric space, and numeric mode runs on), capitals (three or more words in
/// capitals become a capitals passage), and runs of spaces or other white space. So a cut falls only at a
/// single space between two words that have no digit and are not written wholly in capitals. The tests
/// check, on every bundled guide, that the pieces give the same braille as the whole text.
enum TranslationPieces {
    /// The text's pieces, in order; joined with single spaces they give the text back.
    static func pieces(_ text: String) -> [Substring] {
        var text = text
        let found = text.withUTF8 { Self.ranges($0) }
        let utf8 = text.utf8
        return found.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return Substring(utf8[start..<utf8.index(start, offsetBy: range.count)])
        }
    }

    /// The pieces of UTF-8 text, as ranges of byte offsets, found in one pass over the bytes.
    static func ranges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var pieceStart = 0
        var wordStart = 0
        var previousWordCuttable = false
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            if atEnd || bytes[index] == UInt8(ascii: " ") {
                let cuttable = isCuttable(bytes, wordStart..<index)
                // Cut before this word when it and the word before both allow it and one space lies between.
                if previousWordCuttable && cuttable && wordStart > pieceStart {
                    pieces.append(pieceStart..<(wordStart - 1))
                    pieceStart = wordStart
                }
                previousWordCuttable = cuttable
                if atEnd { break }
                wordStart = index + 1
            }
            index += 1
        }
        pieces.append(pieceStart..<bytes.count)
        return pieces
    }

    /// A word liblouis translates without looking at its neighbours: not empty, no digits, no white space
    /// but the spaces around it, not wholly in capitals, and no letters beyond ASCII (whose case is not
    /// looked into here); typographic quotes, apostrophes, dashes and ellipses are fine.
    private static func isCuttable(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard !word.isEmpty else { return false }
        var hasLower = false
        var hasUpper = false
        var index = word.lowerBound
        while index < word.upperBound {
            switch bytes[index] {
            case 0x61...0x7A: hasLower = true
            case 0x41...0x5A: hasUpper = true
            case 0x30...0x39: return false
            case 0x21...0x7E: break
            case 0xE2:
                // U+2013, U+2014 (dashes), U+2018, U+2019, U+201C, U+201D (quotes) and U+2026 (ellipsis) are
                // E2 80 93, 94, 98, 99, 9C, 9D and A6 in UTF-8.
                guard index + 2 < word.upperBound, bytes[index + 1] == 0x80 else { return false }
                switch bytes[index + 2] {
                case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: index += 2
                default: return false
                }
            default: return false  // tabs, line breaks, other controls, and every other character beyond ASCII
            }
            index += 1
        }
        return hasLower || !hasUpper
    }
}
