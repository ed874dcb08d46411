import Testing
import Utilities

/// Every ASCII byte replaced, by byte: what the standard library's `replacing` does for plain text, and also where a
/// combining mark joins the byte to the next character.
struct ASCIIReplacingTests {
    @Test(arguments: [
        ("{\n\"a\": 1\n}", UInt8(ascii: "\n"), "\n  ", "{\n  \"a\": 1\n  }"),
        ("Ask for \"PALS\"", UInt8(ascii: "\""), "\"\"", "Ask for \"\"PALS\"\""),
        ("no line breaks", UInt8(ascii: "\n"), " ", "no line breaks"),
        ("", UInt8(ascii: "\n"), " ", ""),
        ("\"\u{301}", UInt8(ascii: "\""), "\"\"", "\"\"\u{301}"),
        ("Zadzwoń\nproszę", UInt8(ascii: "\n"), " ", "Zadzwoń proszę"),
    ])
    func replacesEveryByte(text: String, byte: UInt8, replacement: String, expected: String) {
        #expect(text.replacing(ascii: byte, with: replacement) == expected)
    }
}
