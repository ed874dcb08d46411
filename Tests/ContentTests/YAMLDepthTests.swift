import Testing

@testable import Content

/// How deep YAML nests, measured before it is read: open indentation, `- ` entries and open brackets, with quoted
/// text, comments and block scalars left out.
@Suite struct YAMLDepthTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let yaml: String
        let found: (line: Int, depth: Int)?
        var testDescription: String { yaml }
    }

    @Test(arguments: [
        Case(yaml: "a: b\n", found: nil),
        Case(yaml: "a:\n b:\n  c:\n   d: e\n", found: (4, 4)),
        Case(yaml: "a:\n b:\n  c: d\n e: f\n", found: nil),
        Case(yaml: "- - - - x\n", found: (1, 5)),
        Case(yaml: "a: [[[x]]]\n", found: (1, 4)),
        Case(yaml: "a: \"[[[x\"\nb: '{{{'\n", found: nil),
        Case(yaml: "a: [\n [\n  [\n   [x]]]]\n", found: (2, 4)),
        Case(yaml: "a: |\n        [[[[[\n            deep\nb: c\n", found: nil),
        Case(yaml: "x: >-\n   deep:\n    deeper:\n     deepest:\n", found: nil),
        Case(yaml: "a: x\n#  [[[[\n", found: nil),
        Case(yaml: "a: b\n\t\n\r\n   \nc: d", found: nil),
        Case(yaml: "", found: nil),
    ])
    func depth(_ test: Case) {
        let found = YAMLDepth.firstTooDeep(test.yaml, limit: 3)
        #expect(found?.line == test.found?.line)
        #expect(found?.depth == test.found?.depth)
    }
}
