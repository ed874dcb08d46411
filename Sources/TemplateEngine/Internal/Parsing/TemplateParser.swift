/// Reads a template's text into tokens exactly as swift-mustache 2.1.1 does (`MustacheTemplate.parse`).
///
/// It is a port, step for step, because its whitespace rules are its own and pages must not change:
/// - a line holding only a section, inverted section, closing, comment, partial, parent, block, set-delimiter or
///   pragma tag, and spaces or tabs, renders nothing, not even its line break; a partial's or block's spaces are
///   kept as text and also become its indentation (a parent's, even when it does not stand alone);
/// - "at the start of a line" is decided by the opening tag: after `{{#a}}` alone on its line and a `{{/a}}` that is
///   not, the next tag on the closing line can still stand alone;
/// - spaces and tabs at the very end of the text, after the last line break, are dropped;
/// - inside a parent, the first line of a block sets an indentation that is taken off each line after it.
struct TemplateParser {
    var reader: TemplateReader

    static let spaceOrTab = ASCIICharacters(" \t")
    static let nameCharacters = ASCIICharacters("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let pragmaCharacters = ASCIICharacters("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let partialNameCharacters = ASCIICharacters(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// The tokens of `text`.
    ///
    /// - Throws: `TemplateSyntaxError` at the position where swift-mustache stops.
    static func tokens(in text: String) throws(TemplateSyntaxError) -> [Token] {
        var parser = TemplateParser(reader: TemplateReader(text))
        do {
            return try parser.parse(ParserState())
        } catch {
            let (line, column) = parser.reader.location
            throw TemplateSyntaxError(line: line, column: column, message: ParseFailure.message(for: error))
        }
    }

    /// Parses to the end of the text, or of the section `initial` is inside (reading its `{{/name}}`).
    mutating func parse(_ initial: ParserState) throws -> [Token] {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !reader.reachedEnd {
            if state.newLine {
                let whiteSpace = reader.read(while: Self.spaceOrTab.contains)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readText(state)
            if reader.current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + reader.currentText))
                state.newLine = true
                reader.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reader.reachedEnd { break }
            if reader.current == "/" {
                try closeSection(state, whiteSpaceBefore: whiteSpaceBefore, into: &tokens)
                return tokens
            }
            let standalone = try parseTag(state: &state, whiteSpaceBefore: &whiteSpaceBefore, into: &tokens)
            state.newLine = standalone
        }
        if let name = state.sectionName { throw ParseFailure.unclosedSection(name) }
        return tokens
    }

    /// Reads text up to a line break (left unread) or through the next start delimiter.
    ///
    /// swift-mustache's `readUntilDelimiterOrNewline`: only `\n` and `\r\n` end the text, a delimiter is dropped
    /// from it, and a first character of the delimiter too near the end for the rest to fit throws.
    mutating func readText(_ state: ParserState) throws -> String {
        guard let first = state.startDelimiter.units.first, let firstCharacter = state.startDelimiter.characters.first
        else { return "" }
        var text = ""
        while !reader.reachedEnd {
            text += reader.read(while: { $0 != "\n" && $0 != .carriageReturnLineFeed && $0 != first })
            if reader.current.isNewline { break }
            if reader.current == first {
                if try reader.consume(state.startDelimiter.units) { break }
                text.append(firstCharacter)
                reader.advance()
            }
        }
        return text
    }

    /// Reads `{{/name}}`, which must close the section `state` is inside, and the white space before it if it does
    /// not stand alone.
    mutating func closeSection(_ state: ParserState, whiteSpaceBefore: String, into tokens: inout [Token]) throws {
        reader.advance()
        let position = reader.position
        let name = try parseName(state)
        guard name == state.sectionName else {
            reader.position = position
            throw ParseFailure.closeDoesNotMatch(name: name, open: state.sectionName)
        }
        if !isStandalone(state), !whiteSpaceBefore.isEmpty {
            tokens.append(.text(whiteSpaceBefore))
        }
    }

    /// Whether the tag just read stands alone on its line; if it does, the rest of the line is read.
    mutating func isStandalone(_ state: ParserState) -> Bool {
        state.newLine && reader.finishLine()
    }

    /// A tag's name and its end delimiter, white space around the name allowed (line breaks too).
    mutating func parseName(_ state: ParserState) throws -> String {
        let name = try readName(state, of: Self.nameCharacters)
        if name.contains("(") || name.contains(")") { throw ParseFailure.transform(name) }
        return name
    }

    /// A partial's or parent's name, which may hold `/`, and the end delimiter.
    mutating func parsePartialName(_ state: ParserState) throws -> String {
        try readName(state, of: Self.partialNameCharacters)
    }

    /// A name made of `characters`, with white space around it, then the end delimiter.
    private mutating func readName(_ state: ParserState, of characters: ASCIICharacters) throws -> String {
        reader.read(while: \.isWhitespace)
        let name = reader.read(while: characters.contains)
        reader.read(while: \.isWhitespace)
        guard try reader.consume(state.endDelimiter.units) else {
            throw ParseFailure.unclosedTag(end: state.endDelimiter.text)
        }
        return name
    }

    /// Adds the white space before a tag as text, if there is any, and forgets it.
    static func flush(_ whiteSpace: inout String, into tokens: inout [Token]) {
        guard !whiteSpace.isEmpty else { return }
        tokens.append(.text(whiteSpace))
        whiteSpace = ""
    }
}
