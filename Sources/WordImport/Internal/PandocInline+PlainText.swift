extension PandocInline {
    /// The words of `inlines` with their styling, links and breaks left out and runs of white space made one space:
    /// for a title, a column's name or a picture's alt text.
    static func plainText(_ inlines: [PandocInline]) -> String {
        var text = ""
        gather(inlines, into: &text)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func gather(_ inlines: [PandocInline], into text: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let words), .code(let words), .math(let words): text += words
            case .space, .softBreak, .lineBreak: text += " "
            case .emphasis(let content), .strong(let content), .struck(let content), .plain(let content):
                gather(content, into: &text)
            case .link(let content, _): gather(content, into: &text)
            case .image(let alt, _, _): gather(alt, into: &text)
            case .note, .unsupported: break
            }
        }
    }
}
