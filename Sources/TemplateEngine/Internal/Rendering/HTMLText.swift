import Utilities

/// Writes a value's text into a page being rendered, escaped as `Escape.html` escapes it.
enum HTMLText {
    /// Appends `text` to `output`; with `escaped`, `<`, `>`, `&`, `"` and `'` as entities.
    ///
    /// Most values have none of them: a scan of the bytes finds that and they are copied as they are.
    static func append(_ text: String, escaped: Bool, to output: inout String) {
        if escaped, needsEscaping(text) {
            output += Escape.html(text)
        } else {
            output += text
        }
    }

    /// Whether `text` holds a byte that HTML escaping changes.
    static func needsEscaping(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: isSpecial) }
        return found ?? text.utf8.contains(where: isSpecial)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
