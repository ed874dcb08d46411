/// Where the records of a JSON file start, found in one pass over its bytes, so a problem with a record can be
/// reported at its line and column (the JSON decoder gives no positions).
enum JSONPositions {
    /// The line and column (from 1) of each `{` opened when `depth` brackets are open (0 for a lone object, 1 for
    /// the objects of a top-level list, 2 for those of a page's `contents`), in order.
    static func objectStarts(in bytes: [UInt8], depth wanted: Int) -> [(line: Int, column: Int)] {
        var starts: [(Int, Int)] = []
        var depth = 0
        var line = 1
        var lineStart = 0
        var inString = false
        var escaped = false
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset + 1
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if byte == UInt8(ascii: "{") && depth == wanted { starts.append((line, offset - lineStart + 1)) }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            default:
                break
            }
        }
        return starts
    }
}
