import CCmark

/// The `[!TYPE]` that starts a callout quote, read from the quote's first text: the one place it is parsed.
struct CalloutMarker {
    let kind: CalloutKind
    /// What follows the marker on its line, as written.
    let rest: Substring

    /// The marker at the start of `text`, or nil when it does not start with one of the callout kinds.
    init?(_ text: String) {
        guard text.hasPrefix("[!"), let close = text.firstIndex(of: "]"),
            let kind = CalloutKind(rawValue: text[text.index(text.startIndex, offsetBy: 2)..<close].uppercased())
        else { return nil }
        self.kind = kind
        rest = text[text.index(after: close)...]
    }

    /// The marker of a block quote: the literal of the text that opens its first paragraph.
    init?(quote: CmarkNode) {
        guard let paragraph = quote.firstChild, paragraph.type == CMARK_NODE_PARAGRAPH,
            let marker = paragraph.firstChild, marker.type == CMARK_NODE_TEXT
        else { return nil }
        self.init(marker.literal)
    }
}
