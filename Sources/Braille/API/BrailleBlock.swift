/// A block of a document to put into braille: its words in print, and how it is laid out.
public struct BrailleBlock: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// The document's title: centred, with a blank line after.
        case title
        /// A main heading: a blank line before, centred.
        case centredHeading
        /// A lower heading: starts in cell 5, runover lines too.
        case cellFiveHeading
        /// Running text: first line starts in cell 3, runover lines in cell 1.
        case paragraph
        /// A list item at a depth from 1: starts in cell 1 (cell 3 a level deeper), runovers two cells in.
        case listItem(depth: Int)
        /// Text kept as it is in cell 1 (code, addresses).
        case plain
    }

    public var style: Style
    /// The words in print.
    public var text: String

    public init(_ style: Style, _ text: String) {
        self.style = style
        self.text = text
    }
}
