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
        var pieces: [Substring] = []
        let utf8 = text.utf8
        var pieceStart = utf8.startIndex
        var wordStart = utf8.startIndex
        var previousWordCuttable = false
        var index = utf8.startIndex
        while index <= utf8.endIndex {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == UInt8(ascii: " ") {
                let word = utf8[wordStart..<index]
                let cuttable = isCuttable(word)
                // Cut before this word when it and the word before both allow it and one space lies between.
                if previousWordCuttable && cuttable && wordStart > pieceStart {
                    let space = utf8.index(before: wordStart)
                    pieces.append(Substring(text.utf8[pieceStart..<space]))
                    pieceStart = wordStart
                }
                previousWordCuttable = cuttable
                if atEnd { break }
                wordStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        pieces.append(Substring(text.utf8[pieceStart..<utf8.endIndex]))
        return pieces
    }

    /// A word liblouis translates without looking at its neighbours: not empty, no digits, no white space
    /// but the spaces around it, not wholly in capitals, and no letters beyond ASCII (whose case is not
    /// looked into here); typographic quotes, apostrophes, dashes and ellipses are fine.
    private static func isCuttable(_ word: Substring.UTF8View) -> Bool {
        guard !word.isEmpty else { return false }
        var hasLower = false
        var hasUpper = false
        for scalar in Substring(word).unicodeScalars {
            switch scalar.value {
            case 0x61...0x7A: hasLower = true
            case 0x41...0x5A: hasUpper = true
            case 0x30...0x39, 0x09, 0x0A, 0x0D: return false
            case 0x21...0x7E, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: break
            default: return false
            }
        }
        return hasLower || !hasUpper
    }
}
