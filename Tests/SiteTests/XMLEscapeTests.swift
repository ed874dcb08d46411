import Testing

@testable import Site

struct XMLEscapeTests {
    @Test(arguments: [
        ("https://pals.example-hospital.nhs.uk/guides/", "https://pals.example-hospital.nhs.uk/guides/"),
        ("a&b<c>d", "a&amp;b&lt;c&gt;d"),
        ("café & tea", "café &amp; tea"),
        ("", ""),
    ])
    func escapesTheThreeCharactersOfXMLText(text: String, expected: String) {
        #expect(XML.escape(text) == expected)
    }
}
