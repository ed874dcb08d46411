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

    /// The page's fields, held once however many lists hold the page (the site's, its section's, the search index's),
    /// and copied only when a copy of the page is changed: a page is a value, but passing it on copies one reference.
    private struct Fields {
        var kind: Kind
        var sourcePath: String
        var displayPath: String
        var urlPath: String
        var frontMatter: FrontMatter
        var document: MarkdownDocument
        var bodyLineOffset: Int
        var readingAge: Double?
        var language: SiteLanguage?
        var translation: Translation?
        var file: String
        var sourceFingerprint = Fingerprint(high: 0, low: 0)
    }

    private var box: SharedFields<Fields>

    public var kind: Kind {
        _read { yield box.value.kind }
        _modify { yield &box.value.kind }
    }

    /// The path under the content folder: `guides/concerns/making-a-complaint.md`.
    public var sourcePath: String {
        _read { yield box.value.sourcePath }
        _modify { yield &box.value.sourcePath }
    }

    /// The path editors see in messages: `Content/guides/concerns/making-a-complaint.md`.
    public var displayPath: String {
        _read { yield box.value.displayPath }
        _modify { yield &box.value.displayPath }
    }

    /// The page's path on the site, without the base path: `guides/concerns/making-a-complaint/`.
    public var urlPath: String {
        _read { yield box.value.urlPath }
        _modify { yield &box.value.urlPath }
    }

    public var frontMatter: FrontMatter {
        _read { yield box.value.frontMatter }
        _modify { yield &box.value.frontMatter }
    }

    public var document: MarkdownDocument {
        _read { yield box.value.document }
        _modify { yield &box.value.document }
    }

    /// The ids of its headings, which a link's anchor to the page must be one of.
    public var headingIDs: Set<String> { Set(document.headings.map(\.id)) }

    /// Lines of the file before the Markdown body starts (the front matter and its dashes).
    public var bodyLineOffset: Int {
        _read { yield box.value.bodyLineOffset }
        _modify { yield &box.value.bodyLineOffset }
    }

    /// The reading age (SMOG grade), when the loader was asked to measure it.
    public var readingAge: Double? {
        _read { yield box.value.readingAge }
        _modify { yield &box.value.readingAge }
    }

    /// The language it is written in, when it is a translation; nil for the site's own language.
    ///
    /// A translation's `sourcePath` and `urlPath` are its English page's (each language's pages are a site of their
    /// own under the language's folder); its `displayPath` is its own file.
    public var language: SiteLanguage? {
        _read { yield box.value.language }
        _modify { yield &box.value.language }
    }

    /// Who translated it and from which review of the English, when it is a translation.
    public var translation: Translation? {
        _read { yield box.value.translation }
        _modify { yield &box.value.translation }
    }

    /// The file it was read from, under the content folder: `sourcePath`, or a translation's own file.
    public var file: String {
        _read { yield box.value.file }
        _modify { yield &box.value.file }
    }

    /// The fingerprint of the bytes it was made from.
    ///
    /// Its file's, and for a translation its English page's too (whose front matter it shows). The build cache keys
    /// the files made from the page by it.
    public var sourceFingerprint: Fingerprint {
        _read { yield box.value.sourceFingerprint }
        _modify { yield &box.value.sourceFingerprint }
    }

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
        box = SharedFields(
            Fields(
                kind: kind, sourcePath: sourcePath, displayPath: displayPath, urlPath: urlPath, frontMatter: frontMatter,
                document: document, bodyLineOffset: bodyLineOffset, readingAge: nil, language: nil, translation: nil,
                file: sourcePath))
    }

    /// Where a position in the Markdown body is in the file.
    public func location(_ position: Position) -> SourceLocation {
        SourceLocation(path: displayPath, line: position.line + bodyLineOffset, column: position.column)
    }

    /// The page without its body's HTML, plain-text blocks and kiosk body: what a build keeps once the page, its
    /// formats and its kiosk page are written (the checks need only its headings, links and pictures).
    ///
    /// With `strings`, what many pages repeat (owners, sources, sections, approvers, translators, and the document's
    /// headings, links, pictures and callouts: the fields its stored form reads as shared, `init(stored:languages:)`)
    /// is the one string `strings` holds for each text.
    public func withoutBody(sharing strings: SharedStrings? = nil) -> ContentPage {
        var page = self
        page.document.html = ""
        page.document.blocks = []
        page.document.gathered = []
        if let strings {
            page.document.share(strings)
            page.frontMatter.owner = strings.string(page.frontMatter.owner)
            for index in page.frontMatter.sources.indices {
                page.frontMatter.sources[index].title = strings.string(page.frontMatter.sources[index].title)
                page.frontMatter.sources[index].url = strings.string(page.frontMatter.sources[index].url)
            }
            page.frontMatter.section = page.frontMatter.section.map(strings.string)
            if let approver = page.frontMatter.control?.approvedBy {
                page.frontMatter.control?.approvedBy = strings.string(approver)
            }
            if let translator = page.translation?.translator { page.translation?.translator = strings.string(translator) }
        }
        return page
    }

    /// The whole file, for problems with no better place.
    public var fileLocation: SourceLocation { SourceLocation(path: displayPath, line: 1, column: 1) }

    /// Whether this page is `other` unchanged: a copy of it that has not been changed since, sharing its fields.
    ///
    /// False for an equal page made another way; the build cache uses it to write a page it read back as it was read.
    public func isUnchangedCopy(of other: ContentPage) -> Bool {
        box.isShared(with: other.box)
    }
}
