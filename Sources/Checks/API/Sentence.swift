/// One sentence of a page's running text, where it starts, and what makes it hard to read.
public struct Sentence: Sendable, Hashable {
    public var text: String
    /// The line in the Markdown body (add the page's front-matter lines for the file's line).
    public var line: Int
    public var column: Int
    public var wordCount: Int
    /// Words of three or more syllables, as SMOG counts them.
    public var polysyllableCount: Int

    public init(text: String, line: Int, column: Int, wordCount: Int, polysyllableCount: Int) {
        self.text = text
        self.line = line
        self.column = column
        self.wordCount = wordCount
        self.polysyllableCount = polysyllableCount
    }
}
