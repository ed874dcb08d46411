/// Part of a document rendered with its links taken out of the sentences, for screens where a link
/// inside a sentence is too small to touch: the HTML of one or more top-level blocks (link words kept
/// as plain text), then the links the last of them held, to be shown as large buttons beneath it.
public struct GatheredBlock: Sendable, Hashable {
    /// The blocks as HTML, with no `a` elements.
    public var html: String
    /// The links the last block held, in order; empty only for the blocks after the last link.
    public var links: [GatheredLink]

    public init(html: String, links: [GatheredLink] = []) {
        self.html = html
        self.links = links
    }
}

/// A link taken out of a sentence.
public struct GatheredLink: Sendable, Hashable {
    /// The link's words.
    public var text: String
    /// The destination as the editor wrote it.
    public var destination: String
    /// The address the gathering resolver gave, or nil when it left the destination as written
    /// (another website, an email address, a phone number, a heading on the same page).
    public var url: String?

    public init(text: String, destination: String, url: String?) {
        self.text = text
        self.destination = destination
        self.url = url
    }
}
