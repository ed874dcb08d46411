import Markdown
import Utilities

/// Splits a block of text into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by a space and a word that does not start in lower case (so "e.g.
/// this" stays one sentence).
///
/// Whatever is left at the end of a block is a sentence too, so a heading or list item counts as one without a full
/// stop. Works on UTF-8 bytes: it runs on every sentence of every guide.
enum SentenceSplitter {
    static func sentences(in block: ProseBlock) -> [Sentence] {
        var result: [Sentence] = []
        var text = block.text
        text.withUTF8 { bytes in
            forEach(in: bytes, firstLine: block.position.line) { sentence, line in
                append(&result, sentence, line: line, block: block)
            }
        }
        return result
    }

    /// How many sentences and polysyllables a block has, without making the sentences' text.
    static func counts(in block: ProseBlock) -> (sentences: Int, polysyllables: Int) {
        var sentences = 0
        var polysyllables = 0
        var text = block.text
        text.withUTF8 { bytes in
            forEach(in: bytes, firstLine: block.position.line) { sentence, _ in
                var words = 0
                Words.forEach(in: sentence) { word, shape in
                    words += 1
                    if Syllables.isPolysyllabic(word, shape) { polysyllables += 1 }
                }
                if words > 0 { sentences += 1 }
            }
        }
        return (sentences, polysyllables)
    }

    /// Calls `body` with each sentence's bytes and the line it starts on.
    private static func forEach(
        in text: UnsafeBufferPointer<UInt8>, firstLine: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) {
        TextBytes.kinds.withUnsafeBufferPointer { kinds in
            var line = firstLine
            var start = -1
            var startLine = line
            var index = 0
            while index < text.count {
                let byte = text[index]
                let kind = kinds[Int(byte)]
                if byte == UInt8(ascii: "\n") { line += 1 }
                if start < 0, kind & TextBytes.space == 0 {
                    start = index
                    startLine = line
                }
                if kind & TextBytes.stop != 0, start >= 0, let end = sentenceEnd(text, after: index) {
                    body(UnsafeBufferPointer(rebasing: text[start..<end]), startLine)
                    start = -1
                    index = end
                    continue
                }
                index += 1
            }
            if start >= 0 { body(UnsafeBufferPointer(rebasing: text[start...]), startLine) }
        }
    }

    /// Where the sentence ends (after closing quotes and brackets) if the mark at `index` ends one.
    private static func sentenceEnd(_ text: UnsafeBufferPointer<UInt8>, after index: Int) -> Int? {
        var next = index + 1
        while next < text.count {
            let byte = text[next]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") {
                next += 1
            } else if byte == 0xE2, next + 2 < text.count, text[next + 1] == 0x80,
                text[next + 2] == 0x9D || text[next + 2] == 0x99
            {
                next += 3  // ” or ’
            } else {
                break
            }
        }
        let end = next
        guard next < text.count else { return end }
        guard isSpace(text[next]) else { return nil }
        while next < text.count, isSpace(text[next]) { next += 1 }
        guard next < text.count else { return end }
        let first = text[next]
        return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") ? nil : end
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func append(_ sentences: inout [Sentence], _ text: UnsafeBufferPointer<UInt8>, line: Int, block: ProseBlock) {
        var words = 0
        var polysyllables = 0
        Words.forEach(in: text) { word, shape in
            words += 1
            if Syllables.isPolysyllabic(word, shape) { polysyllables += 1 }
        }
        guard words > 0 else { return }
        var end = text.count
        while end > 0, isSpace(text[end - 1]) { end -= 1 }
        let sentence = String(decoding: UnsafeBufferPointer(rebasing: text[0..<end]), as: UTF8.self).replacing(
            ascii: UInt8(ascii: "\n"), with: " ")
        let column = line == block.position.line ? block.position.column : 1
        sentences.append(Sentence(text: sentence, line: line, column: column, wordCount: words, polysyllableCount: polysyllables))
    }
}
