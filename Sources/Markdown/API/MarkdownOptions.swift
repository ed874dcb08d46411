/// How the Markdown stage treats a document.
public struct MarkdownOptions: Sendable, Hashable {
    /// Let raw HTML through.
    ///
    /// Off by default: raw HTML is dropped and reported.
    public var allowRawHTML: Bool
    /// Curly quotes, dashes and ellipses.
    public var smartPunctuation: Bool
    /// Signpost's page extras: heading ids, callouts, link and image rewriting, unsafe-link removal.
    ///
    /// Off, the output is plain CommonMark, as libcmark renders it.
    public var pageExtras: Bool
    /// Ids the page template uses already, which headings must not take.
    public var reservedIDs: Set<String>
    /// Easy-read layout: a paragraph that starts with a picture becomes a row, the picture on the left and the words
    /// (and any list straight after the paragraph) on the right.
    ///
    /// Each line of the Markdown stays a line on the page.
    public var pictureRows: Bool = false
    /// The words at the top of each kind of callout box, from the templates' strings file (`callout_note`...); a
    /// kind with none shows its marker's name.
    public var calloutLabels: [CalloutKind: String] = [:]
    /// Words put after a link to a page in another language (a translation's link to an English page not yet
    /// translated: "(in English)" in the page's language); nil for none.
    public var otherLanguageMarker: String?
    /// Whether runs of digits and spaces (phone numbers) are kept left to right, for a page written right to left.
    public var isolatesNumbers = false

    /// The label of a kind of callout box.
    public func label(of kind: CalloutKind) -> String { calloutLabels[kind] ?? kind.rawValue }

    public init(
        allowRawHTML: Bool = false,
        smartPunctuation: Bool = true,
        pageExtras: Bool = true,
        reservedIDs: Set<String> = []
    ) {
        self.allowRawHTML = allowRawHTML
        self.smartPunctuation = smartPunctuation
        self.pageExtras = pageExtras
        self.reservedIDs = reservedIDs
    }

    /// Plain CommonMark, as the specification's examples expect.
    public static let commonMark = MarkdownOptions(smartPunctuation: false, pageExtras: false)
}
