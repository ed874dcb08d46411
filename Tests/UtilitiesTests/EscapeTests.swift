import Testing
import Utilities

/// The one escaper: each place text goes, and what it escapes there.
struct EscapeTests {
    @Test(arguments: [
        ("plain words", "plain words", "plain words", "plain words"),
        ("a&b<c>d", "a&amp;b&lt;c&gt;d", "a&amp;b&lt;c&gt;d", "a&amp;b&lt;c&gt;d"),
        ("say \"it's\"", "say &quot;it&#39;s&quot;", "say &quot;it's&quot;", "say \"it's\""),
        ("café & tea ☕", "café &amp; tea ☕", "café &amp; tea ☕", "café &amp; tea ☕"),
        ("", "", "", ""),
    ])
    func escapesWhatEachPlaceNeeds(text: String, html: String, attribute: String, xml: String) {
        #expect(Escape.html(text) == html)
        #expect(Escape.attribute(text) == attribute)
        #expect(Escape.xml(text) == xml)
    }
}
