/// A set of ASCII characters, each looked up by its ASCII value rather than hashed: the parser asks of every
/// character of a template whether it may be part of a name.
///
/// A character that is not one ASCII character (`"é"`, `"\r\n"`, or `"<"` with a combining mark) is in no set, as in
/// a `Set<Character>` of ASCII characters; but the Kelvin sign is `K`, as there. No set holds `"\n"`.
struct ASCIICharacters {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ characters: String) {
        for value in characters.utf8 {
            precondition(value < 128 && value != 10, "an ASCII character other than a line break")
            if value < 64 { low |= 1 << value } else { high |= 1 << (value - 64) }
        }
    }

    func contains(_ unit: Unit) -> Bool {
        // The Kelvin sign is canonically `K`, and numbered as it (`Unit.Numbering`); `\r\n` is no ASCII character.
        guard let value = unit.asciiValue else { return false }
        return value < 64 ? low & (1 << value) != 0 : high & (1 << (value - 64)) != 0
    }
}
