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
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        write(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// How a string is escaped.
    public enum Style: Sendable {
        /// As `string(_:)`: markup-safe, the line and paragraph separators escaped, every other control character as
        /// `\u00XX`.
        case markupSafe
        /// As Foundation's `JSONEncoder` writes it with `.withoutEscapingSlashes`: only `"`, `\` and the control
        /// characters, backspace and form feed as `\b` and `\f` (the Open Referral export, `PrettyJSON`, which is
        /// made markup-safe whole afterwards).
        case asJSONEncoder
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Writes `text` as `string(_:)` does (or as `style` says), onto the UTF-8 of JSON being made: the one JSON string
    /// escaper, for the search index, the JSON in pages (`HTMLSafeJSON`) and the Open Referral export.
    public static func write(_ text: String, to out: inout [UInt8], style: Style = .markupSafe) {
        let markupSafe = style == .markupSafe
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                case 0x08 where !markupSafe: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
                case 0x0C where !markupSafe: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
                case 0..<0x20,
                    UInt8(ascii: "<") where markupSafe, UInt8(ascii: ">") where markupSafe,
                    UInt8(ascii: "&") where markupSafe:
                    out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                case 0xE2
                where markupSafe && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029, the line and paragraph separators
                    out += Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                    index += 3
                    continue
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
