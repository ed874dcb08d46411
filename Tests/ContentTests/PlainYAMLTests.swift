import Foundation
import Testing

@testable import Content

/// `PlainYAML` gives the tree libyaml gives, place for place, or nothing (and libyaml reads the text).
@Suite struct PlainYAMLTests {
    /// libyaml's tree of `text`, as the readers see it.
    static func libyaml(_ text: String) -> YAMLNode? {
        try? YAMLNode.libyaml(text)
    }

    /// Read by `PlainYAML`: the same tree as libyaml's, keys, values, styles and places.
    @Test(arguments: [
        "title: Making a complaint\n",
        "title: \"Making a complaint: what to do\"\nsummary: How to complain.\n",
        "title: Café opening times   \nowner: Patient Advice and Liaison Service\n",
        "name: “Quoted” words, [brackets] and {braces}\norder: 811\nlast_reviewed: 2026-06-01\n",
        "formats: [large-print, bsl]\nlanguages: [so , ro,pl]\nnone: []\nempty: [ ]\n",
        "sources:\n  - title: \"NHS complaints\"\n    url: \"https://www.nhs.uk/\"\n  - title: Other\n    url: https://example.org/a:b\n",
        "sources:\n- title: Indentless\n  url: x\nnext: y\n",
        "guides:\n  - accessibility/one\n  - \"two\"\nassured_date: 2025-12-04\n",
        "location:\n  site: \"Community\"\n  floor: Second floor\nphone: \"0113 496 0249\"\n",
        "hours:\n  - days: \"mon-fri\"\n    opens: \"08:00\"\n    closes: \"17:30\"\n  - days: sat\n    opens: \"10:00\"\n",
        "description: |\n  We offer tests.\n\n  Before you visit:\n\n  - Help with travel\n    costs\n  # A heading\nstatus: active\n",
        "description: |\n    Deeper text.\n  \nafter: x\n",
        "description: |\n  One line.\n\n\n",
        "# A comment first\ntitle: A title\n\n# A comment between\nsummary: Words\n",
        "categories:\n  Bereavement and spiritual care: Services for bereavement.\n  Women and children: Services.\n",
        "contact:\n  phone: \"020 7946 0000\"\n  relay_uk: \"18001 020 7946 0000\"\nreview_warning_days: 60\n",
        "title: A\ntitle: B\n",
        "a:\n  b:\n    c:\n      - d: e\n        f: [g]\n      - h\n",
        "title: Zażółć gęślą jaźń — ✓ 😀 done\nnext: [a]\n",
        "items:\n  - Note: this is settings\n  - plain item\n",
        "title: Ends without a line break",
        "formats: [" + (0..<3000).map { "f\($0)" }.joined(separator: ", ") + "]\nnext: x\n",
        String(repeating: "k", count: 1023) + ": the longest key libyaml finds\n",
    ])
    func plainYAMLIsLibyamlsTree(_ text: String) throws {
        let plain = try #require(PlainYAML.parse(text), "PlainYAML should read this")
        #expect(plain == Self.libyaml(text))
    }

    /// Left to libyaml: what `PlainYAML` does not read (and every mistake).
    @Test(arguments: [
        "",
        "# only a comment\n",
        "title: Words # and a comment\n",
        "title: Words\n  over two lines\n",
        "title:\n  Words on the next line\n",
        "title: \"Quoted\n  over two lines\"\n",
        "title: \"An \\\"escape\\\"\"\n",
        "title: 'Single quotes'\n",
        "title: Call us: we can help\n",
        "title: Ends with a colon:\n",
        "title:\n",
        "title: ~\n",
        "title: &anchor Words\nother: *anchor\n",
        "title: !tag Words\n",
        "settings: {a: b}\n",
        "formats: [large-print, \"bsl\"]\n",
        "formats: [a, ]\n",
        "formats: [a,\n  b]\n",
        "title:\tTab\n",
        "title: Words\r\n",
        "title: Next\u{85}Line\n",
        "title: Line\u{2028}separator\n",
        "---\ntitle: A document marker\n",
        "%YAML 1.1\n---\ntitle: x\n",
        "- a list at the top\n",
        "  title: indented at the top\n",
        "title: A\n  summary: indented further\n",
        "key : spaced key\n",
        "description: |-\n  Stripped.\n",
        "description: >\n  Folded.\n",
        "description: |\n\n  Blank line first.\n",
        "description: |\n  Text at the end without a line break",
        "description: |\n  Text\n    \nafter: a blank line indented past the text\n",
        "description: |\n    Text\n  more: indented between\n",
        "list:\n  - a\n   - b\n",
        "list:\n  -\n    a: nested on the next line\n",
        "list:\n  - - nested\n",
        "a: b\n- c\n",
        "? complex key\n: value\n",
        "\"quoted key\": value\n",
        "title: -5\n",
        String(repeating: "k", count: 1025) + ": a key libyaml stops looking for\n",
        "formats: [a, b] é\n",
    ])
    func leftToLibyaml(_ text: String) {
        #expect(PlainYAML.parse(text) == nil)
    }

    /// Every YAML file and front matter of the bundled content and templates, and of the fixture sites: what `PlainYAML` reads, it reads
    /// as libyaml does, and it reads most of it.
    @Test func everyFileOfTheContentReadsAsLibyamlReadsIt() throws {
        let repository = ServiceRecordTests.repository
        var roots = ["Content", "Templates"].map { repository.appendingPathComponent($0).path }
        let fixtures = repository.appendingPathComponent("Tests/SiteTests/Fixtures")
        for site in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() {
            roots.append(fixtures.appendingPathComponent(site).path)
        }
        var texts: [(path: String, yaml: String)] = []
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let path as String in walker {
                let full = root + "/" + path
                guard let bytes = FileManager.default.contents(atPath: full).map(Array.init) else { continue }
                if path.hasSuffix(".yaml") {
                    texts.append((full, String(decoding: bytes, as: UTF8.self)))
                } else if path.hasSuffix(".md"), case .success(let parts) = FrontMatterSplitter.split(bytes) {
                    texts.append((full, parts.yaml))
                }
            }
        }
        var plain = 0
        for (path, yaml) in texts {
            guard let node = PlainYAML.parse(yaml) else { continue }
            plain += 1
            #expect(node == Self.libyaml(yaml), "\(path)")
        }
        #expect(texts.count > 100, "\(texts.count) files")
        #expect(plain * 10 >= texts.count * 9, "PlainYAML read \(plain) of \(texts.count)")
    }
}
