import Braille
import Content
import Markdown

/// A guide as a braille-ready file (`.brf`) for an embosser: the title, the summary, the guide with its
/// headings, lists, links' addresses and pictures' alt text, then the other formats and the review dates.
public struct BrailleRenderer: Sendable {
    let config: SiteConfig
    let formatLinks: FormatLinks
    let strings: Strings

    public init(web: WebRenderer) {
        config = web.config
        formatLinks = web.formatLinks
        strings = web.templates.strings
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
                blocks.append(BrailleBlock(.paragraph, strings(.braillePicture, ["alt": picture.alt])))
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
        blocks.append(BrailleBlock(.centredHeading, strings(.brailleOtherFormats)))
        let alsoIn = strings(
            .brailleAlsoIn,
            ["format_names": formatLinks.names(forGuide: guide.sourcePath), "address": WebAddress.short(config.baseURL)])
        blocks.append(BrailleBlock(.paragraph, alsoIn))
        for route in ContactContext.routes(config.formatsContact, strings: strings) {
            blocks.append(BrailleBlock(.listItem(depth: 1), "\(route["label"] ?? ""): \(route["value"] ?? "")"))
        }
        var review = [strings(.brailleOnlineAt, ["address": WebAddress.short(config.absoluteURL(guide.urlPath))])]
        if let last = matter.lastReviewed { review.append(strings(.brailleLastReviewed, ["date": last.text(strings.wording)])) }
        if let next = matter.nextReview { review.append(strings(.brailleNextReview, ["date": next.text(strings.wording)])) }
        blocks.append(BrailleBlock(.paragraph, review.joined(separator: " ")))
        return blocks
    }
}
