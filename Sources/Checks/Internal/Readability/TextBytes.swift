/// What each byte is to the readability scans (`Words`, `SentenceSplitter`), looked up in one table rather than
/// worked out with a chain of comparisons for every byte of every guide.
///
/// Every byte from 0x80 (a piece of a letter outside ASCII) counts as a letter.
enum TextBytes {
    /// A to Z, a to z, 0 to 9, and every byte from 0x80: what a word is made of.
    static let letter: UInt8 = 1
    /// a to z alone.
    static let lower: UInt8 = 2
    /// `'` and `-`, which join a word's letters.
    static let joining: UInt8 = 4
    /// A space, line break, tab or carriage return.
    static let space: UInt8 = 8
    /// `.`, `!` or `?`, which may end a sentence.
    static let stop: UInt8 = 16
    /// a, e, i, o, u or y, small or capital: every syllable has one.
    static let vowel: UInt8 = 32

    /// Each byte's kinds, as the bits above.
    static let kinds: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var kind: UInt8 = 0
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): kind = letter | lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF: kind = letter
        case UInt8(ascii: "'"), UInt8(ascii: "-"): kind = joining
        case 0x20, 0x0A, 0x09, 0x0D: kind = space
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): kind = stop
        default: kind = 0
        }
        if "aeiouyAEIOUY".utf8.contains(byte) { kind |= vowel }
        return kind
    }
}
