import Markdown

/// Finds whole words and phrases in a block of text: a line break matches a space, and a phrase
/// written all in capitals (an abbreviation such as `NOK`) matches only in capitals.
struct PhraseFinder {
    private let pattern: [Character]
    private let caseSensitive: Bool

    init(_ phrase: String) {
        caseSensitive = phrase.contains { $0.isLetter } && !phrase.contains { $0.isLowercase }
        pattern = Self.normalise(phrase, caseSensitive: caseSensitive)
    }

    /// The offsets (in characters) where the phrase starts in `text`, as a whole word.
    func offsets(in text: String) -> [Int] {
        let characters = Self.normalise(text, caseSensitive: caseSensitive)
        guard !pattern.isEmpty, characters.count >= pattern.count else { return [] }
        var found: [Int] = []
        for start in 0...(characters.count - pattern.count) where characters[start] == pattern[0] {
            guard characters[start..<(start + pattern.count)].elementsEqual(pattern) else { continue }
            let before = start == 0 ? " " : characters[start - 1]
            let after = start + pattern.count == characters.count ? " " : characters[start + pattern.count]
            if !before.isLetter && !before.isNumber && !after.isLetter && !after.isNumber { found.append(start) }
        }
        return found
    }

    /// Whether a word of `text` starts with `stem` (any case): `complain` finds "complaints".
    static func hasWord(startingWith stem: String, in text: String) -> Bool {
        let stem = stem.lowercased()
        return text.lowercased().split { !$0.isLetter && !$0.isNumber }.contains { $0.hasPrefix(stem) }
    }

    /// The position in the Markdown body of an offset in a block's text.
    static func position(ofOffset offset: Int, in block: ProseBlock) -> Position {
        PageText.position(of: block.text.index(block.text.startIndex, offsetBy: offset), in: block)
    }

    private static func normalise(_ text: String, caseSensitive: Bool) -> [Character] {
        text.map { character in
            if character == "\n" { return " " }
            guard !caseSensitive, let lower = character.lowercased().first else { return character }
            return lower
        }
    }
}
