extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space (spaces, tabs, line breaks, no-break spaces) at either end.
    ///
    /// Most values have none, and are returned after looking at two bytes; Foundation's
    /// `trimmingCharacters(in:)` copies through `NSString` every time, which showed in profiles of large builds.
    public var trimmingWhitespace: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return "" }
        if Self.isPlainASCII(first) && Self.isPlainASCII(last) { return String(self) }
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[start...end])
    }

    /// A printable ASCII byte other than the space: certainly not white space, and not part of a longer character.
    public static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
