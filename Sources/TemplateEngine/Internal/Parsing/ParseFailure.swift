/// Why a template does not parse; made a `TemplateSyntaxError` with the position where parsing stopped.
///
/// The cases are swift-mustache's `MustacheTemplate.Error`, thrown where it throws them, plus transforms, which it
/// supports and this engine does not.
enum ParseFailure: Error {
    /// `{{/name}}` names something other than the open section, or closes one that was never opened.
    case closeDoesNotMatch(name: String, open: String?)
    /// A tag's name is not followed by its end delimiter.
    case unclosedTag(end: String)
    /// The text ends with a section, block or parent still open.
    case unclosedSection(String)
    case badSetDelimiter
    /// Something other than `{{$block}}`, text and comments directly inside `{{<parent}}`.
    case notABlockInParent(String)
    case badPragma
    case unsupportedPragma(String)
    case transform(String)

    /// The message for `error`, one of these or a read past the end of the text.
    static func message(for error: any Error) -> String {
        guard let failure = error as? ParseFailure else {
            return "the template ends inside a tag, or with the first character of `{{`"
        }
        return failure.message
    }

    var message: String {
        switch self {
        case .closeDoesNotMatch(let name, let open?):
            "`{{/\(name)}}` does not close the open section `\(open)`: write `{{/\(open)}}`"
        case .closeDoesNotMatch(let name, nil):
            "`{{/\(name)}}` closes a section that was never opened"
        case .unclosedTag(let end):
            "this tag is not closed: a name (letters, digits and `.-_?*`) must be followed by `\(end)`"
        case .unclosedSection(let name):
            "`\(name)` is never closed: `{{/\(name)}}` is missing"
        case .badSetDelimiter:
            "a set-delimiter tag is written `{{=<% %>=}}`: two delimiters, a space between them"
        case .notABlockInParent(let name):
            "inside `{{<\(name)}}` only blocks (`{{$name}}...{{/name}}`), comments and text may appear"
        case .badPragma:
            "a pragma is written `{{% CONTENT_TYPE: HTML }}`"
        case .unsupportedPragma(let pragma):
            "`\(pragma)` is not supported: the only pragma is `{{% CONTENT_TYPE: HTML }}`"
        case .transform(let name):
            "`\(name)`: transforms and lambdas are not supported; give the value in the context instead"
        }
    }
}
