/// Where the parser is: the section it is inside, the delimiters, and whether it is at the start of a line.
///
/// swift-mustache's `ParserState`, field for field. A section's body is parsed with a copy, so a change inside (new
/// delimiters, the indentation of a block's first line) lasts to the end of that section and no further.
struct ParserState {
    /// The name a `{{/name}}` must give to close what is open; nil at the top of a template.
    var sectionName: String?
    /// Only white space has been read since the last line break, so a tag here may stand alone on its line.
    var newLine = true
    /// Inside a parent's `{{<name}}...{{/name}}`, where white space before a block's lines is measured.
    var isPartialDefinition = false
    /// Directly inside a parent, where `{{$name}}` defines a block rather than shows one.
    var isPartialDefinitionTopLevel = false
    var startDelimiter = Delimiter(characters: ["{", "{"], units: ["{", "{"])
    var endDelimiter = Delimiter(characters: ["}", "}"], units: ["}", "}"])
    /// How many spaces and tabs began the first line of the block being defined: taken off each later line.
    var partialDefinitionIndent: Int?

    /// The state for the body of a section or block named `name`.
    ///
    /// `newLine` is whether the opening tag stood alone; if it did not, the body does not start a line.
    func inSection(named name: String, newLine: Bool) -> ParserState {
        var state = self
        state.sectionName = name
        state.isPartialDefinitionTopLevel = false
        if !newLine { state.newLine = false }
        return state
    }

    /// The state for the body of the parent `{{<name}}`, which always starts a line, whatever came before the tag.
    func inParent(named name: String) -> ParserState {
        var state = self
        state.sectionName = name
        state.newLine = true
        state.isPartialDefinition = true
        state.isPartialDefinitionTopLevel = true
        return state
    }

    /// The state after `{{=start end=}}`.
    func withDelimiters(start: Delimiter, end: Delimiter) -> ParserState {
        var state = self
        state.startDelimiter = start
        state.endDelimiter = end
        state.isPartialDefinitionTopLevel = false
        return state
    }
}

/// A start or end delimiter: its characters, and the reader's units for them.
struct Delimiter {
    let characters: [Character]
    let units: [Unit]

    var text: String { String(characters) }
}
