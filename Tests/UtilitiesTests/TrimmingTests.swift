import Testing
import Utilities

struct TrimmingTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("  two words \n", "two words"),
        ("\t\r\n", ""),
        ("", ""),
        ("\u{00A0}no-break\u{00A0}", "no-break"),
        (" café ", "café"),
        ("é", "é"),
    ])
    func trimsWhiteSpaceAtBothEnds(text: String, expected: String) {
        #expect(text.trimmingWhitespace == expected)
    }
}
