/// Reads the plain YAML that content files are written in, without libyaml: settings of `key: value` lines, lists of
/// `- ` items or `[a, b]`, values as plain words, in "double quotes" or as a `|` block, each on its own line.
///
/// It gives exactly the tree libyaml would (`PlainYAMLTests` compares the two on every YAML file and front matter of
/// the bundled content, templates and fixtures and on a table of awkward cases, and `FuzzYAML` on any text), in a
/// fraction of the time: libyaml's parser, and the tree Yams makes of its events, took a twentieth of the CPU of a
/// large website build. Anything else (comments after a value, a value over several lines, single quotes, escapes,
/// anchors, tags, flow settings, tabs, keys of 1,024 characters or more) and every mistake gives nil: libyaml reads
/// it instead, and reports the mistake.
enum PlainYAML {
    /// The tree of `text`, or nil when it is not plain YAML as above.
    static func parse(_ text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            guard isPlain(bytes) else { return nil }
            var reader = Reader(bytes)
            return reader.document()
        }
    }

    /// Whether every byte is one the reader handles: no tab, carriage return or other control character, and none of
    /// the characters libyaml counts as a line break or refuses (NEL, the line and paragraph separators, a byte
    /// order mark, U+FFFE and U+FFFF, the C1 controls).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                return false
            }
            if byte == 0xEF, index + 2 < bytes.count,
                bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
                    || bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
            {
                return false
            }
            index += 1
        }
        return true
    }

    /// Reads the lines of one text; every method gives nil for what it does not handle.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Each line's first byte and the byte after its last (its line break, or the end), and whether it is ASCII.
        var lines: [(start: Int, end: Int, ascii: Bool)] = []
        /// The line being read.
        var line = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            var start = 0
            var ascii = true
            for index in 0..<bytes.count {
                if bytes[index] == UInt8(ascii: "\n") {
                    lines.append((start, index, ascii))
                    start = index + 1
                    ascii = true
                } else if bytes[index] >= 0x80 {
                    ascii = false
                }
            }
            if start < bytes.count { lines.append((start, bytes.count, ascii)) }
        }

        mutating func document() -> YAMLNode? {
            for (start, end, _) in lines where end - start >= 3 {
                // `---`, `...` and `%` start a document's markers and directives.
                let head = bytes[start]
                if head == UInt8(ascii: "%") { return nil }
                if (head == UInt8(ascii: "-") || head == UInt8(ascii: ".")) && bytes[start + 1] == head
                    && bytes[start + 2] == head
                {
                    return nil
                }
            }
            skipIgnored()
            guard line < lines.count, indent(of: line) == 0, let node = mapping(indent: 0, from: lines[line].start)
            else { return nil }
            skipIgnored()
            return line == lines.count ? node : nil
        }

        // MARK: Lines

        func indent(of line: Int) -> Int {
            var index = lines[line].start
            while index < lines[line].end, bytes[index] == UInt8(ascii: " ") { index += 1 }
            return index - lines[line].start
        }

        func isBlank(_ line: Int) -> Bool { indent(of: line) == lines[line].end - lines[line].start }

        func isComment(_ line: Int) -> Bool {
            let first = lines[line].start + indent(of: line)
            return first < lines[line].end && bytes[first] == UInt8(ascii: "#")
        }

        /// Moves past blank lines and comment lines.
        mutating func skipIgnored() {
            while line < lines.count, isBlank(line) || isComment(line) { line += 1 }
        }

        /// The indentation of the next line that is not blank (a comment counts), or -1 at the end: after a value on
        /// one line, nothing may be indented further (libyaml would read it as more of the value).
        func nextIndent(from start: Int) -> Int {
            var next = start
            while next < lines.count, isBlank(next) { next += 1 }
            return next < lines.count ? indent(of: next) : -1
        }

        /// The place of byte `offset` of the current line: columns count Unicode scalars, as libyaml does (on a line of
        /// ASCII, bytes: a line of a thousand `[a, b]` items is not counted through again for each).
        func mark(_ offset: Int) -> YAMLMark {
            let start = lines[line].start
            guard !lines[line].ascii else { return YAMLMark(line: line + 1, column: offset - start + 1) }
            var column = 1
            for index in start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
            return YAMLMark(line: line + 1, column: column)
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        // MARK: Settings and lists

        /// Settings whose keys are indented `indent` spaces, the first starting at byte `first` of the current line
        /// (after `- ` for settings in a list item).
        mutating func mapping(indent: Int, from first: Int) -> YAMLNode? {
            var pairs: [YAMLNode.Mapping.Pair] = []
            var start = first
            while true {
                guard let pair = keyAndValue(at: start, indent: indent) else { return nil }
                pairs.append(pair)
                skipIgnored()
                guard line < lines.count else { break }
                let next = self.indent(of: line)
                if next < indent { break }
                guard next == indent else { return nil }
                start = lines[line].start + indent
                if bytes[start] == UInt8(ascii: "-") {
                    // A list at the same indentation as its key ends at the next key; any other is a mistake.
                    return nil
                }
            }
            let mark = pairs[0].key.mark
            return YAMLNode(value: .mapping(YAMLNode.Mapping(pairs: pairs, mark: mark)), mark: mark)
        }

        /// Where the key starting at byte `start` of the current line ends (its `:`), when the line is `key:` and a
        /// space or nothing: a key is letters, digits, `_`, `-` and spaces, starting with a letter, digit or `_`, and
        /// shorter than `longestKey`.
        func keyEnd(at start: Int) -> Int? {
            let end = lines[line].end
            guard start < end, Self.isKeyStart(bytes[start]) else { return nil }
            var index = start + 1
            while index < end, Self.isKeyByte(bytes[index]) { index += 1 }
            guard index < end, index - start < Self.longestKey, bytes[index] == UInt8(ascii: ":"),
                bytes[index - 1] != UInt8(ascii: " "), index + 1 == end || bytes[index + 1] == UInt8(ascii: " ")
            else { return nil }
            return index
        }

        /// libyaml stops looking for a key's `:` past 1,024 characters, and reports the `:` as a mistake.
        static let longestKey = 1024

        static func isKeyStart(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            default: false
            }
        }

        static func isKeyByte(_ byte: UInt8) -> Bool {
            isKeyStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ")
        }

        /// One `key: value` of settings indented `indent`, the key at byte `start` of the current line; moves past
        /// the value.
        mutating func keyAndValue(at start: Int, indent: Int) -> YAMLNode.Mapping.Pair? {
            guard let colon = keyEnd(at: start) else { return nil }
            let keyMark = mark(start)
            let key = YAMLNode(
                value: .scalar(YAMLNode.Scalar(string: text(start..<colon), style: .plain, mark: keyMark)), mark: keyMark)
            var valueStart = colon + 1
            while valueStart < lines[line].end, bytes[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
            let value: YAMLNode?
            if valueStart == lines[line].end {
                line += 1
                value = block(under: indent)
            } else if bytes[valueStart] == UInt8(ascii: "|") {
                value = literal(at: valueStart, under: indent)
            } else {
                value = inline(at: valueStart, under: indent)
            }
            return value.map { YAMLNode.Mapping.Pair(key: key, value: $0) }
        }

        /// The value on the lines after a key indented `indent`: a list, or settings indented further.
        mutating func block(under indent: Int) -> YAMLNode? {
            skipIgnored()
            guard line < lines.count else { return nil }
            let inner = self.indent(of: line)
            let first = lines[line].start + inner
            if bytes[first] == UInt8(ascii: "-") {
                return inner >= indent ? sequence(indent: inner) : nil
            }
            return inner > indent ? mapping(indent: inner, from: first) : nil
        }

        /// A list of `- ` items indented `indent`, from the current line.
        mutating func sequence(indent: Int) -> YAMLNode? {
            var items: [YAMLNode] = []
            var first: YAMLMark?
            while true {
                skipIgnored()
                guard line < lines.count else { break }
                let next = self.indent(of: line)
                if next < indent { break }
                guard next == indent else { return nil }
                let dash = lines[line].start + indent
                if bytes[dash] != UInt8(ascii: "-") { break }  // the next key of settings at the list's indentation
                guard dash + 1 < lines[line].end, bytes[dash + 1] == UInt8(ascii: " ") else { return nil }
                if first == nil { first = mark(dash) }
                var start = dash + 1
                while start < lines[line].end, bytes[start] == UInt8(ascii: " ") { start += 1 }
                guard start < lines[line].end else { return nil }
                let item: YAMLNode?
                if keyEnd(at: start) != nil {
                    item = mapping(indent: start - lines[line].start, from: start)
                } else {
                    item = inline(at: start, under: indent)
                }
                guard let item else { return nil }
                items.append(item)
            }
            return YAMLNode(value: .sequence(items), mark: first)
        }

        // MARK: Values on one line

        /// A value that ends on its own line, starting at byte `start`: words, "double quotes" or `[a, b]`.
        ///
        /// Moves to the next line, which may not be indented past `indent`.
        mutating func inline(at start: Int, under indent: Int) -> YAMLNode? {
            let end = lines[line].end
            let node: YAMLNode?
            switch bytes[start] {
            case UInt8(ascii: "\""): node = quoted(at: start)
            case UInt8(ascii: "["): node = flowList(at: start)
            default: node = Self.isPlainStart(bytes[start]) ? plain(start..<end) : nil
            }
            guard let node else { return nil }
            line += 1
            let next = nextIndent(from: line)
            return next <= indent ? node : nil
        }

        /// A letter, a digit or any character outside ASCII: what plain words may start with here (libyaml gives
        /// punctuation at the start meanings of its own).
        static func isPlainStart(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...0xFF:
                true
            default: false
            }
        }

        /// Plain words to the end of the line, trailing spaces left out; not `: ` or ` #` inside, nor `:` at the end.
        func plain(_ range: Range<Int>) -> YAMLNode? {
            var end = range.upperBound
            while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            for index in range.lowerBound..<end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") && (index + 1 == end || bytes[index + 1] == UInt8(ascii: " ")) { return nil }
                if byte == UInt8(ascii: "#") && bytes[index - 1] == UInt8(ascii: " ") { return nil }
            }
            return scalar(text(range.lowerBound..<end), .plain, at: range.lowerBound)
        }

        /// Text in double quotes, closed on its line with nothing after but spaces; no `\` escapes.
        func quoted(at start: Int) -> YAMLNode? {
            let end = lines[line].end
            var close = start + 1
            while close < end, bytes[close] != UInt8(ascii: "\"") {
                if bytes[close] == UInt8(ascii: "\\") { return nil }
                close += 1
            }
            guard close < end, bytes[(close + 1)..<end].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
            return scalar(text((start + 1)..<close), .doubleQuoted, at: start)
        }

        /// `[a, b]` on one line: each item letters, digits, `_`, `.`, `-` and spaces, starting with a letter or digit.
        func flowList(at start: Int) -> YAMLNode? {
            // Everything on such a line is ASCII: each item's place is then worked out without counting.
            guard lines[line].ascii else { return nil }
            let end = lines[line].end
            var items: [YAMLNode] = []
            var index = start + 1
            func skipSpaces() { while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 } }
            skipSpaces()
            if index < end, bytes[index] == UInt8(ascii: "]") {
                index += 1
            } else {
                while true {
                    guard index < end, Self.isPlainStart(bytes[index]), bytes[index] < 0x80 else { return nil }
                    let itemStart = index
                    while index < end, Self.isFlowByte(bytes[index]) { index += 1 }
                    var itemEnd = index
                    while bytes[itemEnd - 1] == UInt8(ascii: " ") { itemEnd -= 1 }
                    items.append(scalar(text(itemStart..<itemEnd), .plain, at: itemStart))
                    guard index < end else { return nil }
                    if bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        break
                    }
                    guard bytes[index] == UInt8(ascii: ",") else { return nil }
                    index += 1
                    skipSpaces()
                }
            }
            guard bytes[index..<end].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
            return YAMLNode(value: .sequence(items), mark: mark(start))
        }

        static func isFlowByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"),
                UInt8(ascii: " "):
                true
            default: false
            }
        }

        func scalar(_ string: String, _ style: YAMLNode.Scalar.Style, at offset: Int) -> YAMLNode {
            let mark = mark(offset)
            return YAMLNode(value: .scalar(YAMLNode.Scalar(string: string, style: style, mark: mark)), mark: mark)
        }

        // MARK: A `|` block

        /// The text of a `|` block whose `|` is at byte `start`, after a key indented `indent`: its lines, less the
        /// indentation of the first, each ending with a line break, blank lines at the end left out.
        mutating func literal(at start: Int, under indent: Int) -> YAMLNode? {
            guard bytes[(start + 1)..<lines[line].end].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
            let blockMark = mark(start)
            line += 1
            // The first line sets the indentation; a blank line before it could be indented more than it.
            guard line < lines.count, !isBlank(line) else { return nil }
            let inner = self.indent(of: line)
            guard inner > indent else { return nil }
            var text: [UInt8] = []
            var blanks = 0
            var last = line
            while line < lines.count {
                let (lineStart, lineEnd, _) = lines[line]
                if isBlank(line) {
                    // A blank line indented past the text's own indentation keeps its extra spaces.
                    guard lineEnd - lineStart <= inner else { return nil }
                    blanks += 1
                } else {
                    guard self.indent(of: line) >= inner else { break }
                    text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: blanks))
                    blanks = 0
                    text.append(contentsOf: bytes[(lineStart + inner)..<lineEnd])
                    text.append(UInt8(ascii: "\n"))
                    last = line
                }
                line += 1
            }
            // The last line of text ends with a line break (the file does not end on it), and what follows the block
            // is indented no further than its key.
            guard lines[last].end < bytes.count, nextIndent(from: line) <= indent else { return nil }
            let scalar = YAMLNode.Scalar(string: String(decoding: text, as: UTF8.self), style: .literal, mark: blockMark)
            return YAMLNode(value: .scalar(scalar), mark: blockMark)
        }
    }
}
