/// One block of a document as plain text, in reading order: what formats without HTML (braille)
/// and the plain-language checks (easy read) work from.
public struct TextBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A heading, level 2 to 6 (the page's title is not in the body).
        case heading(level: Int)
        /// A paragraph of running text.
        case paragraph
        /// The first paragraph of a list item; `marker` is `1.` for numbered lists and empty for bullets.
        case listItem(marker: String)
        /// The label of a callout box (`Important`, `Urgent advice`), before the box's paragraphs.
        case calloutLabel
        /// A line of a code block, kept as written.
        case preformatted
    }

    public var kind: Kind
    /// The words of each line as written in the Markdown (a soft break starts a new line), with links to other
    /// websites, email addresses and phone numbers followed by their address in brackets when the words do not say it.
    ///
    /// Line `i` is line `position.line + i` of the Markdown; a line can be empty (the line of a picture, or of a
    /// callout's marker).
    public var lines: [String]
    /// The picture the paragraph starts with, if it does (an easy-read row's picture).
    public var picture: Image?
    /// How many lists the block is inside.
    public var listDepth: Int
    /// Whether the block is inside a quote or callout box.
    public var isQuoted: Bool
    public var position: Position

    public init(
        kind: Kind, lines: [String], picture: Image? = nil, listDepth: Int = 0, isQuoted: Bool = false,
        position: Position
    ) {
        self.kind = kind
        self.lines = lines
        self.picture = picture
        self.listDepth = listDepth
        self.isQuoted = isQuoted
        self.position = position
    }

    /// The words of the block on one line.
    public var text: String {
        if lines.count == 1 { return lines[0] }
        var text = ""
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count })
        for line in lines where !line.isEmpty {
            if !text.isEmpty { text += " " }
            text += line
        }
        return text
    }
}
