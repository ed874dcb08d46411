import Markdown

/// Splits a block of text into sentences: a sentence ends at `.`, `!` or `?` followed by a space and a
/// word that does not start in lower case (so "e.g. this" stays one sentence). Whatever is left at the
/// end of a block is a sentence too, so a heading or list item counts as one without a full stop.
enum SentenceSplitter {
    static func sentences(in block: TextBlock) -> [Sentence] {
        var result: [Sentence] = []
        var current = ""
        var line = block.position.line
        var startLine = line
        var started = false
        let characters = Array(block.text)
        for (index, character) in characters.enumerated() {
            if character == "\n" { line += 1 }
            if !started {
                if character.isWhitespace { continue }
                started = true
                startLine = line
            }
            current.append(character == "\n" ? " " : character)
            guard character == "." || character == "!" || character == "?" else { continue }
            if endsSentence(characters, after: index) {
                append(&result, current, line: startLine, block: block)
                current = ""
                started = false
            }
        }
        append(&result, current, line: startLine, block: block)
        return result
    }

    private static func endsSentence(_ characters: [Character], after index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, ["\"", "'", ")", "”", "’", "]"].contains(characters[next]) { next += 1 }
        guard next < characters.count else { return true }
        guard characters[next].isWhitespace else { return false }
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return true }
        return !characters[next].isLowercase
    }

    private static func append(_ sentences: inout [Sentence], _ text: String, line: Int, block: TextBlock) {
        let words = Words.split(text)
        guard !words.isEmpty else { return }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let polysyllables = words.count { Syllables.count($0) >= 3 }
        let column = line == block.position.line ? block.position.column : 1
        sentences.append(
            Sentence(text: trimmed, line: line, column: column, wordCount: words.count, polysyllableCount: polysyllables))
    }
}
