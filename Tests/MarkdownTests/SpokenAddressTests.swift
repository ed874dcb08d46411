import Testing

@testable import Markdown

/// The address a link's words are read with (in braille, easy read's text and the like) when they do not say it.
struct SpokenAddressTests {
    @Test(
        arguments: [
            ("https://www.nhs.uk/", "the NHS website", "www.nhs.uk"),
            ("https://www.nhs.uk/", "go to www.nhs.uk", nil),
            ("HTTP://example.org/a", "see example.org/a today", nil),
            ("mailto:pals@example.org?subject=Help", "email pals@example.org", nil),
            ("mailto:pals@example.org", "email us", "pals@example.org"),
            ("tel:+441134960000", "call 0113 496 0000", nil),
            ("tel:+441134960000", "call us", "+441134960000"),
            ("https://example.org/zażółć", "example.org/zażółć", nil),
            ("/guides/complaints/", "complaints", nil),
        ] as [(String, String, String?)])
    func addressIsAddedWhenTheWordsDoNotSayIt(_ url: String, _ words: String, _ expected: String?) {
        #expect(TextBlockCollector.spokenAddress(of: url, words: words) == expected)
    }

    /// Found by bytes where that is the same, and otherwise character by character as Swift's `contains` finds it: a
    /// letter and its accent are one character, a carriage return and a line break are one, a Kelvin sign is the same
    /// character as K, and every text holds the empty one.
    @Test(arguments: [
        ("see example.org", "example.org", true), ("see example.or", "example.org", false),
        ("example.org", "example.org", true), ("", "example.org", false), ("words", "", true),
        ("e\u{301}xample.org", "example.org", false), ("see example.org\u{301}", "example.org", false),
        ("a\r\nb", "\nb", false), ("a\r\nb", "\r\nb", true), ("\u{212A}ing", "King", true),
        ("visit examp", "example.org", false), ("ex ex example", "example", true),
    ])
    func wordsSayAnAddressCharacterByCharacter(_ words: String, _ address: String, _ expected: Bool) {
        #expect(TextBlockCollector.says(words, address) == expected)
    }
}
