/// Fills braille pages line by line: word wrapping on the cells a line, indents by style, a blank line
/// before main headings, and a heading never left alone at the foot of a page.
struct PageLayout {
    let width: Int
    let textLines: Int
    private var pages: [[String]] = []
    private var page: [String] = []

    init(width: Int, textLines: Int) {
        self.width = width
        self.textLines = textLines
    }

    mutating func add(_ style: BrailleBlock.Style, _ text: String) {
        let lines: [String]
        switch style {
        case .title, .centredHeading:
            lines = wrap(text, first: 0, runover: 0).map(centred)
        case .cellFiveHeading:
            lines = wrap(text, first: 4, runover: 4)
        case .paragraph:
            lines = wrap(text, first: 2, runover: 0)
        case .listItem(let depth):
            let indent = 2 * max(0, depth - 1)
            lines = wrap(text, first: indent, runover: indent + 2)
        case .plain:
            lines = wrap(text, first: 0, runover: 0)
        }
        let isHeading = style == .title || style == .centredHeading || style == .cellFiveHeading
        if style == .centredHeading && !page.isEmpty { page.append("") }
        // Keep a heading with the first line after it.
        if isHeading && page.count + lines.count + 1 > textLines && !page.isEmpty && lines.count < textLines { newPage() }
        for line in lines {
            // A full page: a blank line after a title or before a heading may take it past its last line.
            if page.count >= textLines { newPage() }
            page.append(line)
        }
        if style == .title { page.append("") }
    }

    mutating func finished() -> [[String]] {
        while page.last == "" { page.removeLast() }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return pages
    }

    private mutating func newPage() {
        while page.last == "" { page.removeLast() }
        pages.append(page)
        page = []
    }

    /// Breaks braille text at spaces into lines of at most `width` cells; a word too long for a line is cut.
    func wrap(_ text: String, first: Int, runover: Int) -> [String] {
        var lines: [String] = []
        var text = text
        let wrapped = text.withUTF8 { bytes -> Bool in
            guard Self.isASCII(bytes) else { return false }
            wrapCells(bytes, first: first, runover: runover) { lines.append(String(decoding: $0, as: UTF8.self)) }
            return true
        }
        if wrapped { return lines }
        wrapCells(text.unicodeScalars.map { $0 }, first: first, runover: runover) { cells in
            var line = ""
            line.unicodeScalars.append(contentsOf: cells)
            lines.append(line)
        }
        return lines
    }

    /// Whether every byte is ASCII, looked at eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var seen: UInt64 = 0
        var offset = 0
        while offset + 8 <= raw.count {
            seen |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            seen |= UInt64(raw[offset])
            offset += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// `wrap` on cells of any kind: bytes for braille ASCII (nearly always), scalars for anything else; each line is
    /// handed to `emit` as it is finished, from one buffer used for every line.
    ///
    /// An indent is at most half a line, so a deeply nested list still leaves room for its words.
    private func wrapCells<Text: RandomAccessCollection>(
        _ text: Text, first: Int, runover: Int, emit: ([Text.Element]) -> Void
    ) where Text.Element: LayoutCell, Text.Index == Int {
        let first = min(first, width / 2)
        let runover = min(runover, width / 2)
        var emitted = false
        var line = [Text.Element](repeating: .space, count: first)
        line.reserveCapacity(width)
        func startLine(indent: Int) {
            emit(line)
            emitted = true
            line.removeAll(keepingCapacity: true)
            line.append(contentsOf: repeatElement(.space, count: indent))
        }
        var lineHasWord = false
        var index = text.startIndex
        // Each word in turn, found where it lies in the text (no list of words is made).
        while index < text.endIndex {
            guard text[index] != .space else {
                index += 1
                continue
            }
            let start = index
            while index < text.endIndex && text[index] != .space { index += 1 }
            var word = text[start..<index]
            let indent = emitted ? runover : first
            if lineHasWord && line.count + 1 + word.count > width {
                startLine(indent: runover)
                lineHasWord = false
            }
            while (lineHasWord ? line.count + 1 : line.count) + word.count > width {
                let room = width - line.count - (lineHasWord ? 1 : 0)
                if room > 0 {
                    if lineHasWord { line.append(.space) }
                    line.append(contentsOf: word.prefix(room))
                    word = word.dropFirst(room)
                }
                startLine(indent: max(0, min(indent, runover)))
                lineHasWord = false
            }
            if lineHasWord { line.append(.space) }
            line.append(contentsOf: word)
            lineHasWord = true
        }
        if lineHasWord { emit(line) }
    }

    func centred(_ line: String) -> String {
        let text = line.drop { $0 == " " }
        let left = max(0, (width - text.count) / 2)
        return String(repeating: " ", count: left) + text
    }

    /// The last line of a page: its number in braille (number sign, then digits as the letters A to J) at the right.
    static func pageNumberLine(_ number: Int, width: Int) -> String {
        let letters = Array("JABCDEFGHI")
        let braille = "#" + String(String(number).compactMap { $0.wholeNumberValue.map { letters[$0] } })
        return String(repeating: " ", count: max(0, width - braille.count)) + braille
    }
}

/// What a line is laid out in: a byte of braille ASCII, or a Unicode scalar; both have a blank cell.
protocol LayoutCell: Equatable {
    static var space: Self { get }
}

extension UInt8: LayoutCell {
    static var space: UInt8 { UInt8(ascii: " ") }
}

extension Unicode.Scalar: LayoutCell {
    static var space: Unicode.Scalar { " " }
}
