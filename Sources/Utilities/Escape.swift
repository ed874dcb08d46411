/// The one place text is escaped for where it goes: HTML text and attributes, XML, CSS strings, found by scanning UTF-8 bytes;
/// text with nothing to escape is returned as it is. (JSON has `JSONEscape`; CSV, `ServicesCSV.field`.)
public enum Escape {
    /// For HTML text and single- or double-quoted attributes: `<`, `>`, `&`, `"` and `'` (Mustache's set).
    public static func html(_ text: String) -> String {
        escape(text, apostrophe: true, quote: true)
    }

    /// For a double-quoted HTML attribute: `<`, `>`, `&` and `"`.
    public static func attribute(_ text: String) -> String {
        escape(text, apostrophe: false, quote: true)
    }

    /// For XML text (the sitemap): `<`, `>` and `&`.
    public static func xml(_ text: String) -> String {
        escape(text, apostrophe: false, quote: false)
    }

    /// For a double-quoted CSS string (`content: "..."`): `\\` and `"` with a backslash, a line break or `<` as its
    /// code point (`\\A `, `\\3C `), so the text can neither end the string nor, inlined, a `<style>`.
    public static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "\"": escaped += "\\" + String(scalar)
            case "\n", "\r", "<", "\u{0C}": escaped += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func escape(_ text: String, apostrophe: Bool, quote: Bool) -> String {
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || (quote && byte == UInt8(ascii: "\"")) || (apostrophe && byte == UInt8(ascii: "'"))
        }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            guard special(byte) else {
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            default: out += "&#39;".utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
