/// Filling in `{name}` in a text: the one way the words of dates, opening hours and the strings files are completed.
public enum Placeholders {
    /// `text` with each `{name}` that `values` names replaced by its value.
    ///
    /// One pass from the start: what a value brings in is never filled in itself, and a `{...}` that `values` does not
    /// name is left as it is.
    public static func fill(_ text: String, _ values: KeyValuePairs<String, String>) -> String {
        let utf8 = text.utf8
        guard !values.isEmpty, var open = utf8.firstIndex(of: UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(utf8.count + 32)
        var copied = utf8.startIndex
        while true {
            guard let close = utf8[open...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = utf8[utf8.index(after: open)..<close]
            var next = utf8.index(after: open)
            if let value = values.first(where: { $0.key.utf8.elementsEqual(name) })?.value {
                result += text[copied..<open]
                result += value
                copied = utf8.index(after: close)
                next = copied
            }
            guard let found = utf8[next...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = found
        }
        result += text[copied...]
        return result
    }
}
