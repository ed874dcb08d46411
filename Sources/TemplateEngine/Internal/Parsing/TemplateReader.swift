/// A template's characters and a position among them, read as swift-mustache's `Parser` reads a template.
///
/// Positions count `Character`s, so `\r\n` is one, and each read stops, fails or throws where swift-mustache's does:
/// what is a delimiter, a name, white space or a line break is what it is there. Every build registers every template,
/// so what is read is taken from the text's bytes, not put together a character at a time.
struct TemplateReader {
    /// Thrown when a read runs past the end of the text.
    struct Overflow: Error {}

    let characters: [Character]
    var position = 0
    /// The text's UTF-8, and where each character starts in it (and where the text ends, last).
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ text: String) {
        characters = Array(text)
        bytes = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(characters.count + 1)
        var offset = 0
        for character in characters {
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// The characters from `start` to the position, as text.
    private func text(from start: Int) -> String {
        String(decoding: bytes[offsets[start]..<offsets[position]], as: UTF8.self)
    }

    var reachedEnd: Bool { position >= characters.count }

    /// The character at the position; `"\0"` past the end, as swift-mustache has it.
    var current: Character { position < characters.count ? characters[position] : "\0" }

    mutating func advance() {
        position += 1
    }

    /// Reads characters while `predicate` holds for them.
    @discardableResult
    mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while position < characters.count, predicate(characters[position]) {
            position += 1
        }
        return text(from: start)
    }

    /// Reads up to the first character for which `isEnd` holds; throws, and moves nowhere, when none does.
    mutating func read(until isEnd: (Character) -> Bool) throws -> String {
        let start = position
        while position < characters.count {
            if isEnd(characters[position]) { return text(from: start) }
            position += 1
        }
        position = start
        throw Overflow()
    }

    /// Reads `character` if it is next; throws at the end.
    mutating func consume(_ character: Character) throws -> Bool {
        guard position < characters.count else { throw Overflow() }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    /// Reads `text` if it comes next; throws when fewer characters are left than it has.
    mutating func consume(_ text: [Character]) throws -> Bool {
        guard !text.isEmpty else { return true }
        guard characters.count - position >= text.count else { throw Overflow() }
        guard characters[position..<(position + text.count)].elementsEqual(text) else { return false }
        position += text.count
        return true
    }

    /// Moves past the next `end`, found as swift-mustache finds the end of a comment.
    ///
    /// After a partial match fails, the character that broke it is not tried as the start of a new one, so with
    /// the delimiter `%>` a comment ending `%%>` is not ended there. Throws, and moves nowhere, when there is no end.
    mutating func skip(past end: [Character]) throws {
        guard !end.isEmpty else { return }
        let start = position
        var matched = 0
        while position < characters.count {
            if characters[position] == end[matched] {
                matched += 1
                if matched == end.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw Overflow()
    }

    /// Whether nothing but spaces and tabs is left on the line; if so, moves past them and the line break.
    ///
    /// At the very end of the text the line is finished; spaces and then the end are not.
    mutating func finishLine() -> Bool {
        if reachedEnd { return true }
        var probe = position
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" {
            probe += 1
        }
        guard probe < characters.count, characters[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    /// The line and column of the position, from 1, as swift-mustache counts them for an error.
    ///
    /// Lines are counted by every line-breaking character before the position; the column counts back to `\n`.
    var location: (line: Int, column: Int) {
        let end = min(position, characters.count)
        var column = 1
        var index = end
        while index > 0 {
            index -= 1
            if characters[index] == "\n" { break }
            column += 1
        }
        let breaks = characters[..<end].reduce(0) { count, character in character.isNewline ? count + 1 : count }
        return (breaks + 1, column)
    }
}
