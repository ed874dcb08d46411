import Braille
import Content
import Markdown

/// A guide as a braille-ready file (`.brf`) for an embosser: the title, the summary, the guide with its
/// headings, lists, links' addresses and pictures' alt text, then the other formats and the review dates.
public struct BrailleRenderer: Sendable {
    let config: SiteConfig
    let formatLinks: FormatLinks

    public init(web: WebRenderer) {
        config = web.config
        formatLinks = web.formatLinks
    }

    /// Whether liblouis and its tables are installed, so braille files can be made.
    public static var isAvailable: Bool { BrailleTranslator.isAvailable }

    /// The `.brf` file, or an empty string if liblouis cannot load its tables (the build checks first).
    public func render(_ guide: ContentPage) -> String {
        BrailleDocument(blocks(guide))?.brf ?? ""
    }

    func blocks(_ guide: ContentPage) -> [BrailleBlock] {
        let matter = guide.frontMatter
        var blocks = [
            BrailleBlock(.plain, config.organisation), BrailleBlock(.plain, config.title),
            BrailleBlock(.title, matter.title), BrailleBlock(.paragraph, matter.summary),
        ]
        for block in guide.document.blocks {
            if let picture = block.picture, !picture.isDecorative, !picture.alt.isEmpty {
                blocks.append(BrailleBlock(.paragraph, "Picture: " + picture.alt))
            }
            let text = block.text
            guard !text.isEmpty else { continue }
            switch block.kind {
            case .heading(let level):
                blocks.append(BrailleBlock(level <= 2 ? .centredHeading : .cellFiveHeading, text))
            case .paragraph:
                blocks.append(BrailleBlock(block.listDepth > 0 ? .listItem(depth: block.listDepth + 1) : .paragraph, text))
            case .listItem(let marker):
                blocks.append(BrailleBlock(.listItem(depth: block.listDepth), marker.isEmpty ? text : marker + " " + text))
            case .calloutLabel:
                blocks.append(BrailleBlock(.cellFiveHeading, text))
            case .preformatted:
                blocks.append(BrailleBlock(.plain, text))
            }
        }
        blocks.append(BrailleBlock(.centredHeading, "Other formats"))
        blocks.append(
            BrailleBlock(
                .paragraph,
                "This information is also in \(formatLinks.names(forGuide: guide.sourcePath)) on our website, \(WebAddress.short(config.baseURL)). To ask for it in another format, or in another language, contact us:"
            ))
        for route in ContactContext.routes(config.formatsContact) {
            blocks.append(BrailleBlock(.listItem(depth: 1), "\(route["label"] ?? ""): \(route["value"] ?? "")"))
        }
        var review = "Online at \(WebAddress.short(config.absoluteURL(guide.urlPath)))."
        if let last = matter.lastReviewed { review += " Last reviewed \(last.text)." }
        if let next = matter.nextReview { review += " Next review due \(next.text)." }
        blocks.append(BrailleBlock(.paragraph, review))
        return blocks
    }
}
