/// `{{>name}}` or `{{<name}}...{{/name}}`: another template of the library, rendered in the current context.
///
/// Templates are found by name when the call is rendered, so a library's templates may be registered in any order
/// and replaced (Render replaces site-wide partials with their rendered text).
struct PartialCall: Sendable {
    enum Target: Sendable {
        /// `{{>name}}`.
        case template(String)
        /// `{{>*key}}`: the template named by the text at `key` in the context.
        case named(by: ValuePath)
    }

    let target: Target
    /// The indentation added to each line the template renders (after the first, which the text before the tag
    /// indents); nil for a partial that does not stand alone on its line, which adds none.
    let indentation: String?
    /// A parent call's blocks (`{{$name}}...{{/name}}` inside `{{<parent}}`); nil for a plain partial.
    let overrides: [String: Template]?
}
