/// A Word document made a guide: its title, its Markdown body with the notes on its lines, and the pictures it uses.
struct ConvertedGuide {
    /// The document's title, else its first heading's words (that heading then left out of the body); nil when it has
    /// neither.
    var title: String?
    var body: MarkdownLines
    var pictures: [PictureRegistry.Picture]

    /// - Parameters:
    ///   - picturePrefix: the pictures' address relative to the guide (`../../images/<guide>/`).
    ///   - pictureFolder: the pictures folder as the editor names it, for the notes' hints.
    ///   - mediaFolder: where pandoc put the Word file's pictures.
    init(_ document: PandocDocument, picturePrefix: String, pictureFolder: String, mediaFolder: String) {
        var blocks = document.blocks
        var title = PandocInline.plainText(document.title)
        if title.isEmpty {
            if let index = blocks.firstIndex(where: { !(Self.headingText($0) ?? "").isEmpty }) {
                title = Self.headingText(blocks[index]) ?? ""
                blocks.remove(at: index)
            }
        } else if let first = blocks.first, Self.headingText(first) == title {
            blocks.removeFirst()
        }
        if !document.subtitle.isEmpty { blocks.insert(.paragraph(document.subtitle), at: 0) }
        let levels = blocks.compactMap { block -> Int? in
            guard case .heading(let level, _) = block else { return nil }
            return level
        }
        var writer = GuideWriter(
            picturePrefix: picturePrefix, pictureFolder: pictureFolder, headingShift: 2 - (levels.min() ?? 2),
            pictures: PictureRegistry(mediaFolder: mediaFolder))
        body = writer.blocks(blocks)
        pictures = writer.pictures.pictures
        self.title = title.isEmpty ? nil : title
    }

    /// A heading's words; nil for any other block.
    private static func headingText(_ block: PandocBlock) -> String? {
        guard case .heading(_, let content) = block else { return nil }
        return PandocInline.plainText(content)
    }
}
