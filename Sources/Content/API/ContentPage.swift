import Diagnostics
import Markdown
import Utilities

/// One Markdown file of the site, read, checked and turned into HTML.
public struct ContentPage: Sendable {
    public enum Kind: Sendable, Hashable {
        /// `home.md`: the words at the top of the home page.
        case home
        /// `guides/**/*.md`.
        case guide
        /// `pages/*.md`: the accessibility statement and other standalone pages.
        case page
        /// `easy-read/**/*.md`: the easy-read version of the guide at the same path under `guides/`.
        case easyRead
    }

    public var kind: Kind
    /// The path under the content folder: `guides/concerns/making-a-complaint.md`.
    public var sourcePath: String
    /// The path editors see in messages: `Content/guides/concerns/making-a-complaint.md`.
    public var displayPath: String
    /// The page's path on the site, without the base path: `guides/concerns/making-a-complaint/`.
    public var urlPath: String
    public var frontMatter: FrontMatter
    public var document: MarkdownDocument
    /// Lines of the file before the Markdown body starts (the front matter and its dashes).
    public var bodyLineOffset: Int
    /// The reading age (SMOG grade), when the loader was asked to measure it.
    public var readingAge: Double?
    /// The language it is written in, when it is a translation; nil for the site's own language.
    ///
    /// A translation's `sourcePath` and `urlPath` are its English page's (each language's pages are a site of their
    /// own under the language's folder); its `displayPath` is its own file.
    public var language: SiteLanguage?
    /// Who translated it and from which review of the English, when it is a translation.
    public var translation: Translation?
    /// The file it was read from, under the content folder: `sourcePath`, or a translation's own file.
    public var file: String
    /// The fingerprint of the bytes it was made from.
    ///
    /// Its file's, and for a translation its English page's too (whose front matter it shows). The build cache keys
    /// the files made from the page by it.
    public var sourceFingerprint = Fingerprint(high: 0, low: 0)

    /// A translation's `sourceFingerprint`: its own file's, with its English page's (whose front matter it shows).
    public static func fingerprint(ofTranslation own: Fingerprint, original: Fingerprint) -> Fingerprint {
        var made = Fingerprinter()
        made.add(own)
        made.add(original)
        return made.finish()
    }

    public init(
        kind: Kind, sourcePath: String, displayPath: String, urlPath: String, frontMatter: FrontMatter,
        document: MarkdownDocument, bodyLineOffset: Int
    ) {
        self.kind = kind
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.urlPath = urlPath
        self.frontMatter = frontMatter
        self.document = document
        self.bodyLineOffset = bodyLineOffset
        self.file = sourcePath
    }

    /// Where a position in the Markdown body is in the file.
    public func location(_ position: Position) -> SourceLocation {
        SourceLocation(path: displayPath, line: position.line + bodyLineOffset, column: position.column)
    }

    /// The whole file, for problems with no better place.
    ///
    /// The page without its body's HTML, plain-text blocks and kiosk body: what a build keeps once the page, its
    /// formats and its kiosk page are written (the checks need only its headings, links and pictures).
    public func withoutBody() -> ContentPage {
        var page = self
        page.document.html = ""
        page.document.blocks = []
        page.document.gathered = []
        return page
    }

    public var fileLocation: SourceLocation { SourceLocation(path: displayPath, line: 1, column: 1) }
}
