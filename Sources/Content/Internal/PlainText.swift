/// What a plain-text setting (a name, a summary, a place) may not hold: markup, which other directories that
/// import `services.json` or the spreadsheet may show as it is, and invisible control characters, which can
/// make text read differently from how it looks (U+202E turns the rest of a line around).
enum PlainText {
    /// What is wrong with `text`, said for the message after "`key` contains"; nil when it is fine.
    ///
    /// `markup` is allowed in Markdown values (a service's description): the Markdown stage deals with it.
    static func problem(in text: String, allowingMarkup markup: Bool = false) -> String? {
        for scalar in text.unicodeScalars {
            if let name = invisibleName(scalar) {
                return "an invisible control character (U+\(hex(scalar)) \(name))"
            }
        }
        guard !markup else { return nil }
        return markupTag(in: text).map { "markup (`\($0)`)" }
    }

    /// The first thing in `text` that a browser would read as a tag.
    ///
    /// `<` and a letter, then letters, digits or hyphens up to a space, `/` or `>` (`<script>`, `<img src=x>`, `</b>`),
    /// or `<!` or `<?`. Words in angle brackets that are not a tag name (`<it's free>`) are prose, and are escaped like
    /// any text.
    static func markupTag(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
        }
        for index in scalars.indices where scalars[index] == "<" && index + 1 < scalars.count {
            var start = index + 1
            if scalars[start] == "!" || scalars[start] == "?" { return String(String.UnicodeScalarView(scalars[index...start])) }
            if scalars[start] == "/" { start += 1 }
            guard start < scalars.count, scalars[start].isASCII, scalars[start].properties.isAlphabetic else { continue }
            var end = start
            while end < scalars.count && isNameScalar(scalars[end]) { end += 1 }
            if end == scalars.count || [" ", "\t", "\n", "/", ">"].contains(scalars[end]) {
                return String(String.UnicodeScalarView(scalars[index..<end]))
            }
        }
        return nil
    }

    /// The name of a control or direction-override character that has no place in a setting; nil for others.
    ///
    /// Tabs and line breaks are fine, and so are the left-to-right and right-to-left marks that right-to-left text
    /// needs.
    private static func invisibleName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00..<0x20, 0x7F..<0xA0: return "CONTROL"
        case 0x202A: return "LEFT-TO-RIGHT EMBEDDING"
        case 0x202B: return "RIGHT-TO-LEFT EMBEDDING"
        case 0x202C: return "POP DIRECTIONAL FORMATTING"
        case 0x202D: return "LEFT-TO-RIGHT OVERRIDE"
        case 0x202E: return "RIGHT-TO-LEFT OVERRIDE"
        case 0x2066: return "LEFT-TO-RIGHT ISOLATE"
        case 0x2067: return "RIGHT-TO-LEFT ISOLATE"
        case 0x2068: return "FIRST STRONG ISOLATE"
        case 0x2069: return "POP DIRECTIONAL ISOLATE"
        default: return nil
        }
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
