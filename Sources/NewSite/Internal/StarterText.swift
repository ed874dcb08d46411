import Content
import Markdown

/// A starter file with the trust's details filled in, each escaped for where it stands.
///
/// In YAML (a `.yaml` file, or a Markdown file's front matter) a detail stands inside a double-quoted scalar
/// (`organisation: "{{organisation}}"`); in Markdown it is text, or a link's address. The dates and the fingerprint are
/// written as they are: Signpost makes them.
enum StarterText {
    /// The line that a guide's fingerprint goes on, filled in once the guide can be read.
    static let fingerprint = "{{fingerprint}}"

    static func fill(_ text: String, path: String, details: SiteDetails) -> String {
        let values: [(name: String, value: String)] = [
            ("organisation", details.organisation), ("base_url", details.baseURL), ("host", details.host),
            ("phone_digits", PhoneNumber.digits(details.phone)), ("phone", details.phone), ("email", details.email),
        ]
        let dates = [("today", details.today.iso), ("next_review", details.today.yearLater.iso)]
        func filled(_ part: Substring, escape: (String) -> String) -> String {
            var part = String(part)
            for (name, value) in values { part = part.replacing("{{" + name + "}}", with: escape(value)) }
            for (name, value) in dates { part = part.replacing("{{" + name + "}}", with: value) }
            return part
        }
        if path.hasSuffix(".yaml") { return filled(text[...], escape: YAMLScalar.insideQuotes) }
        guard path.hasSuffix(".md") else { return text }
        // The front matter is the text up to the second `---` line.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            return filled(text[...], escape: MarkdownEscape.text)
        }
        let frontMatter = lines[...end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return filled(frontMatter[...], escape: YAMLScalar.insideQuotes) + "\n"
            + filled(body[...], escape: MarkdownEscape.text)
    }
}
