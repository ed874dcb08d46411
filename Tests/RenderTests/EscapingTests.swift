import Foundation
import TemplateEngine
import Testing

@testable import Render

/// What templates and scripts get is escaped so no value can become markup.
struct EscapingTests {
    @Test(arguments: [
        ("plain words", "plain words"),
        ("Tea & toast <b>", "Tea &amp; toast &lt;b&gt;"),
        ("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"),
        ("café – 020 7946 0000", "café – 020 7946 0000"),
        ("", ""),
    ])
    func templateValues(text: String, escaped: String) throws {
        var library = TemplateLibrary()
        try library.register("{{value}}", named: "value")
        #expect(library.render(["value": text], withTemplate: "value") == escaped)
    }

    @Test func jsonInAScriptCannotCloseIt() throws {
        let json = HTMLSafeJSON.encode(["name": "</script><b>Tea & toast</b>", "url": "https://example.org/a/b"])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("https://example.org/a/b"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["name"] == "</script><b>Tea & toast</b>")
    }

    @Test func jsonIsValidSortedAndKeepsEveryValue() throws {
        let value: [String: Any] = [
            "b": [1, 2.5, true, false] as [Any], "a": "line\nbreak \"quoted\" back\\slash \u{1}",
            "c": ["nested": ["x", "y"]], "d": "café",
        ]
        let json = HTMLSafeJSON.encode(value)
        #expect(json.hasPrefix("{\"a\":"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["a"] as? String == "line\nbreak \"quoted\" back\\slash \u{1}")
        #expect(decoded["d"] as? String == "café")
        #expect((decoded["c"] as? [String: [String]])?["nested"] == ["x", "y"])
        #expect((decoded["b"] as? [Any])?.count == 4)
    }
}
