/// Words as readability formulas count them: runs of letters, digits, apostrophes and hyphens (a
/// hyphenated word is one word, and so is an abbreviation with full stops inside, like `e.g`), holding
/// at least one letter or digit.
enum Words {
    static func split(_ text: some StringProtocol) -> [Substring] {
        let text = Substring(text)
        var words: [Substring] = []
        var start: Substring.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let inWord =
                isWordCharacter(text[index])
                || (text[index] == "." && start != nil && next < text.endIndex && text[next].isLetter)
            if inWord, start == nil { start = index }
            if !inWord, let begun = start {
                words.append(text[begun..<index])
                start = nil
            }
            index = next
        }
        if let begun = start { words.append(text[begun...]) }
        return words.filter { $0.contains { $0.isLetter || $0.isNumber } }
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-"
    }
}
