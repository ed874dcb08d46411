/// The words of one block of running text, for reading-age and wording checks (`TextBlock` is the fuller
/// form braille and easy read use: every line, list depth and pictures).
///
/// Gathered from libcmark's tree in the same walk as headings and links: code, raw HTML and
/// pictures' alt text are left out; a line break in the Markdown is kept as `\n`, so a place in
/// the text can be traced to its line.
public struct ProseBlock: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case paragraph
        case heading
        /// A paragraph inside a list item.
        case listItem
    }

    public var kind: Kind
    public var text: String
    /// Where the block starts in the Markdown body.
    public var position: Position

    public init(kind: Kind, text: String, position: Position) {
        self.kind = kind
        self.text = text
        self.position = position
    }
}
