import Markdown
import Utilities

extension ContentPage {
    /// The fingerprint of all of the page but what its body says (its HTML, headings, links, pictures, callouts, word
    /// count and reading age): everything a list of pages can show of it, from its section's page and A to Z to the
    /// sitemap and the leaflet register.
    ///
    /// The build cache makes those lists again only when this changes for some page, not when a page's text does.
    public var listingFingerprint: Fingerprint {
        var listed = self
        listed.document = MarkdownDocument(html: "")
        listed.readingAge = nil
        listed.sourceFingerprint = Fingerprint(high: 0, low: 0)  // the fingerprint of its file, body and all
        var writer = ByteWriter()
        listed.store(into: &writer)
        return Fingerprint.of(writer.bytes)
    }
}
