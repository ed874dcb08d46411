/// JSON that is safe to show inside a web page.
///
/// `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026`. In JSON text they can only stand inside strings, where
/// the escapes mean the same characters, so a value can never end a `<script>` element or become markup in a page that
/// shows it.
public enum JSONEscape {
    /// `json` (already encoded) with `<`, `>` and `&` escaped.
    public static func markupSafe(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + 16)
        for byte in json.utf8 {
            switch byte {
            case 0x3C: out += Array("\\u003c".utf8)
            case 0x3E: out += Array("\\u003e".utf8)
            case 0x26: out += Array("\\u0026".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` as a JSON string, quotes included, markup-safe (as `markupSafe`), with the line and paragraph
    /// separators (U+2028, U+2029) escaped too, so that it can stand in any script.
    public static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
