import Utilities

/// Measures how deeply YAML nests before it is parsed, in one pass over its lines: `PlainYAML` and Yams' composer
/// build their trees by recursion, so YAML nested thousands deep would exhaust the stack.
///
/// The measure is an upper bound on the parser's depth: the open indentation levels, plus the `- ` entries
/// that open on the line, plus the `[` and `{` still open. The text of a block scalar (`|` or `>`) is not YAML
/// and is not measured.
enum YAMLDepth {
    /// The first line (from 1) that nests deeper than `limit`, and how deep it nests; nil within the limit.
    static func firstTooDeep(_ text: String, limit: Int = InputLimits.yamlDepth) -> (line: Int, depth: Int)? {
        var text = text
        return text.withUTF8 { firstTooDeep($0, limit: limit) }
    }

    /// The same, over UTF-8 bytes by index: it runs on the front matter of every page of a build.
    private static func firstTooDeep(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (line: Int, depth: Int)? {
        var indents: [Int] = []
        var flow = 0
        var scalarIndent: Int?  // inside a block scalar started on a line of this indentation
        var lineNumber = 0
        var lineStart = 0
        // Every line, the empty one after a final line break too.
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            lineNumber += 1
            var restStart = lineStart
            while restStart < lineEnd, bytes[restStart] == UInt8(ascii: " ") { restStart += 1 }
            let indent = restStart - lineStart
            if bytes[restStart..<lineEnd].allSatisfy(isBlank) { continue }
            if let open = scalarIndent, indent > open { continue }
            scalarIndent = nil
            if bytes[restStart] == UInt8(ascii: "#") { continue }
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            var dashes = 0
            var body = restStart
            while body + 1 < lineEnd, bytes[body] == UInt8(ascii: "-"), bytes[body + 1] == UInt8(ascii: " ") {
                dashes += 1
                body += 2
                while body < lineEnd, bytes[body] == UInt8(ascii: " ") { body += 1 }
            }
            var deepest = flow
            var quote: UInt8?
            for byte in bytes[body..<lineEnd] {
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
            if startsBlockScalar(bytes[body..<lineEnd]) { scalarIndent = indent }
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Whether a line ends with `|` or `>` (and its modifiers), so the lines after it are text.
    private static func startsBlockScalar(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, isBlank(line[end - 1]) { end -= 1 }
        var index = end
        while index > line.startIndex {
            let byte = line[index - 1]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                index -= 1
                continue
            }
            return byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")
        }
        return false
    }
}
