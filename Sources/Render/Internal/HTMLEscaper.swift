import Mustache
import Utilities

/// Escapes `{{values}}` in templates with `Escape.html`: the same five characters as Mustache's own HTML escaping
/// (`<`, `>`, `&`, `"`, `'`), found by scanning UTF-8 bytes.
///
/// Mustache's own escaper looks every character up in a dictionary, which was an eighth of a large build's time.
/// Every template is parsed with `pragma` in front of it, so this escaper replaces it everywhere.
struct HTMLEscaper: MustacheContentType {
    static let name = "SIGNPOST_HTML"
    /// The line put in front of every template's text.
    ///
    /// A tag alone on its line, it renders nothing, not even its line break.
    static let pragma = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the escaper with Mustache, once a process, before any template is parsed.
    static let register: Void = MustacheContentTypes.register(HTMLEscaper(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        Escape.html(text)
    }
}
