import Markdown
import Utilities

extension GuideWriter {
    /// Writes inline elements into `text`: words escaped a run at a time (so that `1.` or `-` is read at the start of
    /// a line only), `**strong**`, `_emphasis_`, links to web, email and phone addresses, pictures, line breaks (none
    /// when `singleLine`).
    mutating func inlines(_ items: [PandocInline], into text: inout InlineText, singleLine: Bool) {
        var index = 0
        while index < items.count {
            var run = ""
            while index < items.count, let words = Self.words(items[index]) {
                run += words
                index += 1
            }
            if !run.isEmpty {
                text.text += MarkdownEscape.text(run, startsLine: text.atLineStart)
                continue
            }
            let item = items[index]
            index += 1
            inline(item, next: index < items.count ? items[index] : nil, into: &text, singleLine: singleLine)
        }
    }

    private mutating func inline(
        _ item: PandocInline, next: PandocInline?, into text: inout InlineText, singleLine: Bool
    ) {
        switch item {
        case .text, .space, .softBreak, .code:
            break  // written in runs by `inlines`
        case .lineBreak:
            if singleLine {
                text.text += " "
            } else if !text.atLineStart {
                text.text += "\\\n"
            }
        case .emphasis(let content):
            if text.inEmphasis {
                inlines(content, into: &text, singleLine: singleLine)
            } else {
                text.inEmphasis = true
                let delimiter = Self.touchesWord(before: text.text.last, after: next) ? "*" : "_"
                wrap(content, in: delimiter, into: &text, singleLine: singleLine)
                text.inEmphasis = false
            }
        case .strong(let content):
            if text.inStrong {
                inlines(content, into: &text, singleLine: singleLine)
            } else {
                text.inStrong = true
                wrap(content, in: "**", into: &text, singleLine: singleLine)
                text.inStrong = false
            }
        case .struck(let content):
            text.note(.struck)
            inlines(content, into: &text, singleLine: singleLine)
        case .plain(let content):
            inlines(content, into: &text, singleLine: singleLine)
        case .math(let formula):
            text.note(.math)
            text.text += MarkdownEscape.text(Self.oneLine(formula), startsLine: text.atLineStart)
        case .link(let content, let target):
            link(content, to: target, into: &text, singleLine: singleLine)
        case .image(let alt, let source, let title):
            picture(alt: alt, source: source, title: title, into: &text)
        case .note(let blocks):
            text.note(.footnote)
            let words = flattened(blocks, separator: " ", inLink: text.inLink)
            guard !words.text.isEmpty else { return }
            text.text += text.atLineStart || text.text.last == " " ? "(" : " ("
            text.append(words)
            text.text += ")"
        case .unsupported(let kind):
            text.note(.unsupported(kind))
        }
    }

    /// The content between two delimiters, with the spaces and breaks at its ends outside them (CommonMark reads
    /// `** bold**` as words).
    private mutating func wrap(
        _ content: [PandocInline], in delimiter: String, into text: inout InlineText, singleLine: Bool
    ) {
        guard let start = content.firstIndex(where: { !Self.isBlank($0) }),
            let end = content.lastIndex(where: { !Self.isBlank($0) })
        else { return inlines(content, into: &text, singleLine: singleLine) }
        inlines(Array(content[..<start]), into: &text, singleLine: singleLine)
        text.text += delimiter
        inlines(Array(content[start...end]), into: &text, singleLine: singleLine)
        text.text += delimiter
        inlines(Array(content[(end + 1)...]), into: &text, singleLine: singleLine)
    }

    /// A link to a web, email or phone address; any other (`javascript:`, `file:`, a bookmark) is taken out, its
    /// words kept, with a note.
    private mutating func link(
        _ content: [PandocInline], to target: String, into text: inout InlineText, singleLine: Bool
    ) {
        let target = target.trimmingWhitespace
        guard !text.inLink else { return inlines(content, into: &text, singleLine: singleLine) }
        guard LinkTarget.isAllowed(target) else {
            text.note(.droppedLink(target))
            return inlines(content, into: &text, singleLine: singleLine)
        }
        text.inLink = true
        text.text += "["
        let words = Self.trimmed(content)
        if words.isEmpty {
            text.text += MarkdownEscape.text(LinkTarget.words(for: target), startsLine: false)
        } else {
            inlines(words, into: &text, singleLine: singleLine)
        }
        text.text += "](" + LinkTarget.destination(target) + ")"
        text.inLink = false
    }

    /// A picture the guide can show, as `![alt](../../images/<guide>/picture-1.png)`; for one it cannot, its alt text
    /// and a note.
    private mutating func picture(alt: [PandocInline], source: String, title: String, into text: inout InlineText) {
        let words = Self.altText(PandocInline.plainText(alt), title: title, source: source)
        switch pictures.use(source) {
        case .picture(let name):
            text.text += "![" + MarkdownEscape.text(words, startsLine: false) + "](" + picturePrefix + name + ")"
        case .unsupported(let kind):
            text.note(.unsupportedPicture(kind, folder: pictureFolder))
            text.text += MarkdownEscape.text(words, startsLine: text.atLineStart)
        case .outside:
            text.note(.outsidePicture(folder: pictureFolder))
            text.text += MarkdownEscape.text(words, startsLine: text.atLineStart)
        }
    }

    /// Word's description of a picture, else its title; not a file name (`image1.png`), which older Word and some
    /// converters put there, and which says nothing to a reader.
    static func altText(_ alt: String, title: String, source: String) -> String {
        let title = title.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        for candidate in [alt, title] where !candidate.isEmpty && !isFileName(candidate, source: source) {
            return candidate
        }
        return ""
    }

    private static func isFileName(_ text: String, source: String) -> Bool {
        let lowered = text.lowercased()
        if lowered == Path.fileName(of: source).lowercased() { return true }
        let kinds = ["png", "jpg", "jpeg", "gif", "svg", "emf", "wmf", "tif", "tiff", "bmp", "webp"]
        guard kinds.contains(Path.fileExtension(of: lowered)) else { return false }
        return !lowered.contains(" ") || lowered.contains("/") || lowered.contains("\\")
    }

    /// The words of an element that is written as plain words (`Str`, spaces, code), on one line; nil for any other.
    private static func words(_ inline: PandocInline) -> String? {
        switch inline {
        case .text(let words), .code(let words): oneLine(words)
        case .space, .softBreak: " "
        default: nil
        }
    }

    private static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
    }

    /// Whether emphasis here touches a letter or digit, where `_` would not be read as emphasis (`*` is).
    private static func touchesWord(before: Character?, after: PandocInline?) -> Bool {
        if let before, before.isLetter || before.isNumber { return true }
        guard case .text(let words)? = after, let first = words.first else { return false }
        return first.isLetter || first.isNumber
    }
}
