extension TemplateParser {
    /// Parses the tag whose first character is at the reader, after its start delimiter; returns whether it stood
    /// alone on its line (so the next line starts fresh).
    ///
    /// `whiteSpaceBefore` is the white space that began the line, when nothing else came before the tag: each tag
    /// decides whether it is kept as text, as swift-mustache decides (a comment keeps it for the text after it).
    mutating func parseTag(state: inout ParserState, whiteSpaceBefore: inout String, into tokens: inout [Token]) throws -> Bool {
        switch reader.current {
        case "#", "^":
            return try parseSection(state, whiteSpaceBefore: &whiteSpaceBefore, into: &tokens)
        case "!":
            reader.advance()
            try reader.skip(past: state.endDelimiter.units)
            return isStandalone(state)
        case "{", "&":
            let triple = reader.current == "{"
            Self.flush(&whiteSpaceBefore, into: &tokens)
            reader.advance()
            let name = try parseName(state)
            if triple {
                guard try reader.consume("}") else {
                    throw ParseFailure.unclosedTag(end: state.endDelimiter.text + "}")
                }
            }
            tokens.append(.variable(name, escaped: false))
            return false
        case ">":
            return try parsePartial(state, whiteSpaceBefore: &whiteSpaceBefore, into: &tokens)
        case "<":
            return try parseParent(state, whiteSpaceBefore: &whiteSpaceBefore, into: &tokens)
        case "$":
            return try parseBlock(state, whiteSpaceBefore: &whiteSpaceBefore, into: &tokens)
        case "=":
            reader.advance()
            state = try parseSetDelimiter(state)
            return isStandalone(state)
        case "%":
            reader.advance()
            let pragma = try parsePragma(state)
            tokens.append(pragma)
            return isStandalone(state)
        default:
            Self.flush(&whiteSpaceBefore, into: &tokens)
            let name = try parseName(state)
            tokens.append(.variable(name, escaped: true))
            return false
        }
    }

    /// `{{#name}}` or `{{^name}}`, its body and its `{{/name}}`.
    mutating func parseSection(_ state: ParserState, whiteSpaceBefore: inout String, into tokens: inout [Token]) throws -> Bool {
        let inverted = reader.current == "^"
        reader.advance()
        let name = try parseName(state)
        let standalone = isStandalone(state)
        if !standalone { Self.flush(&whiteSpaceBefore, into: &tokens) }
        let body = try parse(state.inSection(named: name, newLine: standalone))
        tokens.append(inverted ? .invertedSection(name, body) : .section(name, body))
        return standalone
    }

    /// `{{>name}}` or `{{>*key}}`: the white space before it is kept as text and, standing alone, is its indentation.
    mutating func parsePartial(_ state: ParserState, whiteSpaceBefore: inout String, into tokens: inout [Token]) throws -> Bool {
        reader.advance()
        reader.read(while: \.isWhitespace)
        let dynamic = reader.current == "*"
        if dynamic { reader.advance() }
        let name = try parsePartialName(state)
        if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
        let standalone = isStandalone(state)
        tokens.append(.partial(name, dynamic: dynamic, indentation: standalone ? whiteSpaceBefore : nil, overrides: nil))
        whiteSpaceBefore = ""
        return standalone
    }

    /// `{{<name}}...{{/name}}`: the blocks inside become the overrides; text is ignored, anything else refused.
    ///
    /// The white space before the tag is kept as text and is the parent's indentation, standing alone or not.
    mutating func parseParent(_ state: ParserState, whiteSpaceBefore: inout String, into tokens: inout [Token]) throws -> Bool {
        reader.advance()
        reader.read(while: \.isWhitespace)
        let sectionName = try parsePartialName(state)
        let dynamic = sectionName.first == "*"
        let name = dynamic ? String(sectionName.dropFirst()) : sectionName
        if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
        let standalone = isStandalone(state)
        let body = try parse(state.inParent(named: sectionName))
        var overrides: [String: [Token]] = [:]
        for token in body {
            switch token {
            case .blockDefinition(let blockName, let blockBody): overrides[blockName] = blockBody
            case .text: continue
            default: throw ParseFailure.notABlockInParent(sectionName)
            }
        }
        tokens.append(.partial(name, dynamic: dynamic, indentation: whiteSpaceBefore, overrides: overrides))
        whiteSpaceBefore = ""
        return standalone
    }

    /// `{{$name}}...{{/name}}`: a block's new content directly inside a parent, or else a block with its default.
    mutating func parseBlock(_ state: ParserState, whiteSpaceBefore: inout String, into tokens: inout [Token]) throws -> Bool {
        reader.advance()
        let name = try parseName(state)
        if state.isPartialDefinitionTopLevel {
            let standalone = isStandalone(state)
            let body = try parse(state.inSection(named: name, newLine: standalone))
            tokens.append(.blockDefinition(name, body))
            return standalone
        }
        if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
        let standalone = isStandalone(state)
        let body = try parse(state.inSection(named: name, newLine: standalone))
        tokens.append(.blockExpansion(name, body, indentation: whiteSpaceBefore))
        whiteSpaceBefore = ""
        return standalone
    }

    /// The state after `{{=start end=}}`, whose own end is still the old delimiter.
    mutating func parseSetDelimiter(_ state: ParserState) throws -> ParserState {
        let start: Delimiter
        let end: Delimiter
        do {
            reader.read(while: \.isWhitespace)
            start = try readDelimiter(until: \.isWhitespace)
            reader.read(while: \.isWhitespace)
            end = try readDelimiter(until: { $0 == "=" || $0.isWhitespace })
            reader.read(while: \.isWhitespace)
        } catch {
            throw ParseFailure.badSetDelimiter
        }
        guard try reader.consume("=") else { throw ParseFailure.badSetDelimiter }
        guard try reader.consume(state.endDelimiter.units) else { throw ParseFailure.badSetDelimiter }
        guard !start.units.isEmpty, !end.units.isEmpty else { throw ParseFailure.badSetDelimiter }
        return state.withDelimiters(start: start, end: end)
    }

    /// A new delimiter, read up to the first character for which `isEnd` holds.
    private mutating func readDelimiter(until isEnd: (Unit) -> Bool) throws -> Delimiter {
        let start = reader.position
        let text = try reader.read(until: isEnd)
        return Delimiter(characters: Array(text), units: Array(reader.units[start..<reader.position]))
    }

    /// `{{% CONTENT_TYPE: HTML }}` (or Signpost's `SIGNPOST_HTML`): accepted, and nothing changes.
    mutating func parsePragma(_ state: ParserState) throws -> Token {
        let variable: String
        let value: String
        do {
            reader.read(while: \.isWhitespace)
            variable = reader.read(while: Self.pragmaCharacters.contains)
            reader.read(while: \.isWhitespace)
            guard try reader.consume(":") else { throw ParseFailure.badPragma }
            reader.read(while: \.isWhitespace)
            value = reader.read(while: Self.pragmaCharacters.contains)
            reader.read(while: \.isWhitespace)
            guard try reader.consume(state.endDelimiter.units) else { throw ParseFailure.badPragma }
        } catch {
            throw ParseFailure.badPragma
        }
        guard !variable.isEmpty, !value.isEmpty else { throw ParseFailure.badPragma }
        guard variable == "CONTENT_TYPE", value == "HTML" || value == "SIGNPOST_HTML" else {
            throw ParseFailure.unsupportedPragma(variable + ": " + value)
        }
        return .pragma
    }
}
