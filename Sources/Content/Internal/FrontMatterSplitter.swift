/// Splits a Markdown file into its YAML front matter and its body by scanning bytes once.
struct FrontMatterSplitter {
    /// The YAML between the dashes, the body after them, and how many lines come before the body.
    struct Parts {
        var yaml: String
        var body: String
        var bodyLineOffset: Int
    }

    enum Failure: Error {
        /// The file does not start with a `---` line.
        case missing
        /// No closing `---` line.
        case unclosed
    }

    static func split(_ bytes: [UInt8]) -> Result<Parts, Failure> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }  // a byte-order mark
        guard let firstEnd = lineEnd(bytes, from: start), isDashes(bytes, start, firstEnd) else {
            return .failure(.missing)
        }
        var lineStart = next(bytes, after: firstEnd)
        var line = 1
        let yamlStart = lineStart
        while lineStart < bytes.count {
            line += 1
            let end = lineEnd(bytes, from: lineStart) ?? bytes.count
            if isDashes(bytes, lineStart, end) {
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                let bodyStart = next(bytes, after: end)
                let body = String(decoding: bytes[min(bodyStart, bytes.count)...], as: UTF8.self)
                return .success(Parts(yaml: yaml, body: body, bodyLineOffset: line))
            }
            lineStart = next(bytes, after: end)
        }
        return .failure(.unclosed)
    }

    /// The index of the `\n` ending the line that starts at `start`, or the end of the bytes.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count && bytes[index] != 0x0A { index += 1 }
        return index
    }

    private static func next(_ bytes: [UInt8], after lineEnd: Int) -> Int { lineEnd + 1 }

    /// Whether the line is `---`, allowing trailing spaces and a carriage return.
    private static func isDashes(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var last = end
        while last > start && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x0D || bytes[last - 1] == 0x09) { last -= 1 }
        return last - start == 3 && bytes[start] == 0x2D && bytes[start + 1] == 0x2D && bytes[start + 2] == 0x2D
    }
}
