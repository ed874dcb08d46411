/// A template's characters and a position among them, read as swift-mustache's `Parser` reads a template.
///
/// Positions count `Character`s, so `\r\n` is one, and each read stops, fails or throws where swift-mustache's does:
/// what is a delimiter, a name, white space or a line break is what it is there. Every build registers every template
/// in every language, so each character is held as a number (`Unit`), worked out from the text's bytes without
/// breaking ASCII text into `Character`s, and what is read is taken from the bytes.
struct TemplateReader {
    /// Thrown when a read runs past the end of the text.
    struct Overflow: Error {}

    let units: [Unit]
    var position = 0
    /// The text's UTF-8, and where each character starts in it (and where the text ends, last).
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var units: [Unit] = []
        var offsets: [Int] = []
        units.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var others = Unit.Numbering()
        var offset = 0
        let utf8 = text.utf8
        while offset < bytes.count {
            offsets.append(offset)
            let byte = bytes[offset]
            // An ASCII character is one `Character` unless a `\n` follows a `\r`, or what follows is not ASCII (a
            // combining mark joins the character before it).
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
            if byte < 0x80 && next < 0x80 && !(byte == 0x0D && next == 0x0A) {
                units.append(Unit(code: UInt32(byte)))
                offset += 1
                continue
            }
            // Characters read one after another from here, as `Character`s, until an ASCII one is followed by another.
            for character in text[utf8.index(utf8.startIndex, offsetBy: offset)...] {
                if units.count == offsets.count { offsets.append(offset) }
                units.append(others.unit(for: character))
                offset += character.utf8.count
                if offset + 1 < bytes.count, bytes[offset] < 0x80, bytes[offset + 1] < 0x80, bytes[offset] != 0x0D { break }
            }
        }
        offsets.append(bytes.count)
        self.units = units
        self.offsets = offsets
    }

    /// The characters from `start` to the position, as text.
    private func text(from start: Int) -> String {
        String(decoding: bytes[offsets[start]..<offsets[position]], as: UTF8.self)
    }

    var reachedEnd: Bool { position >= units.count }

    /// The character at the position; `"\0"` past the end, as swift-mustache has it.
    var current: Unit { position < units.count ? units[position] : "\0" }

    /// The character at the position as text; `"\0"` past the end.
    var currentText: String {
        position < units.count ? String(decoding: bytes[offsets[position]..<offsets[position + 1]], as: UTF8.self) : "\0"
    }

    mutating func advance() {
        position += 1
    }

    /// Reads characters while `predicate` holds for them.
    @discardableResult
    mutating func read(while predicate: (Unit) -> Bool) -> String {
        let start = position
        while position < units.count, predicate(units[position]) {
            position += 1
        }
        return text(from: start)
    }

    /// Reads up to the first character for which `isEnd` holds; throws, and moves nowhere, when none does.
    mutating func read(until isEnd: (Unit) -> Bool) throws -> String {
        let start = position
        while position < units.count {
            if isEnd(units[position]) { return text(from: start) }
            position += 1
        }
        position = start
        throw Overflow()
    }

    /// Reads `unit` if it is next; throws at the end.
    mutating func consume(_ unit: Unit) throws -> Bool {
        guard position < units.count else { throw Overflow() }
        guard units[position] == unit else { return false }
        position += 1
        return true
    }

    /// Reads `text` if it comes next; throws when fewer characters are left than it has.
    mutating func consume(_ text: [Unit]) throws -> Bool {
        guard !text.isEmpty else { return true }
        guard units.count - position >= text.count else { throw Overflow() }
        guard units[position..<(position + text.count)].elementsEqual(text) else { return false }
        position += text.count
        return true
    }

    /// Moves past the next `end`, found as swift-mustache finds the end of a comment.
    ///
    /// After a partial match fails, the character that broke it is not tried as the start of a new one, so with
    /// the delimiter `%>` a comment ending `%%>` is not ended there. Throws, and moves nowhere, when there is no end.
    mutating func skip(past end: [Unit]) throws {
        guard !end.isEmpty else { return }
        let start = position
        var matched = 0
        while position < units.count {
            if units[position] == end[matched] {
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
        while probe < units.count, units[probe] == " " || units[probe] == "\t" {
            probe += 1
        }
        guard probe < units.count, units[probe].isNewline else { return false }
        position = probe + 1
        return true
    }

    /// The line and column of the position, from 1, as swift-mustache counts them for an error.
    ///
    /// Lines are counted by every line-breaking character before the position; the column counts back to `\n`.
    var location: (line: Int, column: Int) {
        let end = min(position, units.count)
        var column = 1
        var index = end
        while index > 0 {
            index -= 1
            if units[index] == "\n" { break }
            column += 1
        }
        let breaks = units[..<end].reduce(0) { count, unit in unit.isNewline ? count + 1 : count }
        return (breaks + 1, column)
    }
}
