import Mustache
import Utilities

/// The escaper Render gave swift-mustache before it had its own engine (`Escape.html`), so both engines escape alike.
struct SignpostHTML: MustacheContentType {
    func escapeText(_ text: String) -> String {
        Escape.html(text)
    }

    static func register() {
        MustacheContentTypes.register(SignpostHTML(), named: "SIGNPOST_HTML")
    }
}
