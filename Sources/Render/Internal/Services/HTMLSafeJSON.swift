import Utilities

/// JSON to put inside a `<script>` element: keys sorted (so builds are identical), and every string written by
/// `JSONEscape.write` (`<`, `>` and `&` as `\u003c` escapes, as services.json), so no value can end the script or
/// start markup.
///
/// Values are dictionaries with string keys, arrays, strings, integers, doubles and booleans, as the
/// renderers build them. Written by hand: Foundation's `JSONSerialization` was a twentieth of a large build.
enum HTMLSafeJSON {
    static func encode(_ value: Any) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let text as String:
            JSONEscape.write(text, to: &out)
        case let flag as Bool:
            out += Array((flag ? "true" : "false").utf8)
        case let number as Int:
            out += Array(String(number).utf8)
        case let number as Double:
            out += Array((number.isFinite ? String(number) : "null").utf8)
        case let list as [Any]:
            out.append(UInt8(ascii: "["))
            for (index, item) in list.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONEscape.write(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(object[key] as Any, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            out += Array("null".utf8)
        }
    }
}
