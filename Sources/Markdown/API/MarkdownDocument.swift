/// What the Markdown stage makes of one document: its HTML, and the facts later stages check.
public struct MarkdownDocument: Sendable {
    /// The body as HTML, safe to insert into a page.
    public var html: String
    /// Every heading, in order, with the id it was given.
    public var headings: [Heading]
    /// Every link, in order (images are in `images`).
    public var links: [Link]
    /// Every image, in order.
    public var images: [Image]
    /// Every callout box made from a `> [!TYPE]` quote.
    public var callouts: [Callout]
    /// Where raw HTML was found (dropped unless allowed).
    public var rawHTML: [Position]
    /// Words of running text, for reading time and size checks.
    public var wordCount: Int
    /// The body as plain-text blocks in reading order, for braille and the easy-read checks.
    public var blocks: [TextBlock] = []
    /// The body once more, block by block, with links gathered under the block they were in and links
    /// and images resolved by the gathering resolver; empty unless one was given to the renderer.
    public var gathered: [GatheredBlock] = []
    /// The running text, block by block, in order.
    public var proseBlocks: [ProseBlock] = []
    /// Set when the document nests deeper than Signpost reads; the document is then empty.
    public var nestingProblem: NestingProblem?

    public init(
        html: String, headings: [Heading] = [], links: [Link] = [], images: [Image] = [],
        callouts: [Callout] = [], rawHTML: [Position] = [], wordCount: Int = 0
    ) {
        self.html = html
        self.headings = headings
        self.links = links
        self.images = images
        self.callouts = callouts
        self.rawHTML = rawHTML
        self.wordCount = wordCount
    }
}

/// A 1-based line and column in the Markdown text.
public struct Position: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A heading and the id it links by.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
    public var position: Position
}

/// A link as written, and where it is.
public struct Link: Sendable, Hashable {
    /// The destination as the editor wrote it.
    public var destination: String
    /// The link's words.
    public var text: String
    public var position: Position
    /// Whether it was removed because its scheme (`javascript:`, `data:`, ...) is unsafe.
    public var isUnsafe: Bool
}

/// An image as written.
public struct Image: Sendable, Hashable {
    public var source: String
    /// The alt text; empty when the editor wrote none.
    public var alt: String
    /// Marked as decoration by writing `decorative` as its alt text.
    public var isDecorative: Bool
    public var position: Position
}

/// A callout box.
public struct Callout: Sendable, Hashable {
    public var kind: CalloutKind
    public var position: Position
    /// Whether a link is inside (an emergency card should have none).
    public var containsLink: Bool
    /// Its words, without markup.
    public var text: String = ""
}
