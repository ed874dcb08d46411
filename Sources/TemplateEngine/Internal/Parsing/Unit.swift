/// One `Character` of a template as a number, which the parser compares, as swift-mustache compares characters, in a
/// step: two units are equal exactly when their characters are.
///
/// An ASCII character is its ASCII value. `\r\n`, one character, is 128. Any other character is numbered by the
/// template's reader from 129 on as it first meets it (`Numbering`), through a table of `Character`s that starts with
/// every ASCII character: a character equal to one of those (the Kelvin sign is `K`, the Greek question mark `;`) is
/// its number. Whether a character breaks a line or is white space is kept in the number's top bits.
struct Unit: Equatable, ExpressibleByUnicodeScalarLiteral {
    let code: UInt32

    private static let newline: UInt32 = 1 << 31
    private static let whitespace: UInt32 = 1 << 30
    /// `\r\n`: a line break, and white space.
    static let carriageReturnLineFeed = Unit(code: 128 | newline | whitespace)
    /// Equal to no character of any template, and neither a line break nor white space.
    private static let none = Unit(code: ~(newline | whitespace))

    init(code: UInt32) {
        self.code = code
    }

    /// An ASCII character; any other literal equals no character (`"\r\n"` is `carriageReturnLineFeed`).
    init(unicodeScalarLiteral scalar: Unicode.Scalar) {
        assert(scalar.isASCII, "a unit's literal is an ASCII character")
        self.init(code: scalar.isASCII ? scalar.value : Self.none.code)
    }

    /// The ASCII value, for an ASCII character.
    var asciiValue: UInt8? { code < 128 ? UInt8(code) : nil }

    /// `Character.isNewline`: `\n`, `\r`, vertical tab and form feed among ASCII characters, and others kept.
    var isNewline: Bool { code < 128 ? (10...13).contains(code) : code & Self.newline != 0 }

    /// `Character.isWhitespace`: tab to carriage return and space among ASCII characters, and others kept.
    var isWhitespace: Bool { code < 128 ? code == 32 || (9...13).contains(code) : code & Self.whitespace != 0 }

    /// Numbers the characters of one template that are not one ASCII character.
    struct Numbering {
        private var numbers: [Character: Unit]
        private var next: UInt32 = 129

        /// Every ASCII character and `\r\n`, made once and shared by every template's numbering until it adds to it.
        private static let ascii: [Character: Unit] = {
            var numbers: [Character: Unit] = ["\r\n": .carriageReturnLineFeed]
            for value in 0..<128 {
                numbers[Character(Unicode.Scalar(UInt8(value)))] = Unit(code: UInt32(value))
            }
            return numbers
        }()

        init() {
            numbers = Self.ascii
        }

        /// The unit of each character of up to seven bytes met so far, by its bytes (and their count, in the top
        /// byte): the same bytes are the same character, found without comparing characters.
        private var byBytes: [UInt64: Unit] = [:]

        /// The unit of `character`: the number of an equal character met before, or the next number.
        mutating func unit(for character: Character) -> Unit {
            var key: UInt64 = 0
            var count: UInt64 = 0
            for byte in character.utf8 {
                guard count < 7 else { return unit(comparing: character) }
                key |= UInt64(byte) << (8 * count)
                count += 1
            }
            key |= count << 56
            if let known = byBytes[key] { return known }
            let unit = unit(comparing: character)
            byBytes[key] = unit
            return unit
        }

        /// The unit of `character`, found among the characters met before by comparing it with them.
        private mutating func unit(comparing character: Character) -> Unit {
            if let known = numbers[character] { return known }
            var code = next
            next += 1
            if character.isNewline { code |= Unit.newline }
            if character.isWhitespace { code |= Unit.whitespace }
            let unit = Unit(code: code)
            numbers[character] = unit
            return unit
        }
    }
}
