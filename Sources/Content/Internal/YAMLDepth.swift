import Utilities

/// Measures how deeply YAML nests before it is parsed, in one pass over its lines: the YAML parser builds its
/// tree by recursion, so YAML nested thousands deep would exhaust the stack.
///
/// The measure is an upper bound on the parser's depth: the open indentation levels, plus the `- ` entries
/// that open on the line, plus the `[` and `{` still open. The text of a block scalar (`|` or `>`) is not YAML
/// and is not measured.
enum YAMLDepth {
    /// The first line (from 1) that nests deeper than `limit`, and how deep it nests; nil within the limit.
    static func firstTooDeep(_ text: String, limit: Int = InputLimits.yamlDepth) -> (line: Int, depth: Int)? {
        var indents: [Int] = []
        var flow = 0
        var scalarIndent: Int?  // inside a block scalar started on a line of this indentation
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            let rest = line.dropFirst(indent)
            if rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                continue
            }
            if let open = scalarIndent, indent > open { continue }
            scalarIndent = nil
            if rest.first == UInt8(ascii: "#") { continue }
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            var dashes = 0
            var body = rest[...]
            while body.first == UInt8(ascii: "-"), body.dropFirst().first == UInt8(ascii: " ") {
                dashes += 1
                body = body.dropFirst(2).drop { $0 == UInt8(ascii: " ") }
            }
            var deepest = flow
            var quote: UInt8?
            for byte in body {
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    deepest = max(deepest, flow)
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    flow = max(0, flow - 1)
                }
            }
            let depth = indents.count + dashes + deepest
            if depth > limit { return (lineNumber, depth) }
            if startsBlockScalar(body) { scalarIndent = indent }
        }
        return nil
    }

    /// Whether a line ends with `|` or `>` (and its modifiers), so the lines after it are text.
    private static func startsBlockScalar(_ line: Substring.UTF8View.SubSequence) -> Bool {
        var end = line.endIndex
        while end > line.startIndex,
            [UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(line[line.index(before: end)])
        {
            end = line.index(before: end)
        }
        var index = end
        while index > line.startIndex {
            let previous = line.index(before: index)
            let byte = line[previous]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                index = previous
                continue
            }
            return byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")
        }
        return false
    }
}
