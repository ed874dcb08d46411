import Content
import Diagnostics
import Mustache
import Utilities

/// The Mustache templates of a templates folder, parsed once and shared by every page.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The folder they came from.
    public let root: String
    /// Partials marked site-wide (their first line is `{{! site-wide ...}}`): they use only the keys every page
    /// shares, so a build renders each once and pages include the result.
    let sitePartials: Set<String>
    /// The words Signpost puts together itself, from `strings/en.yaml`.
    public let strings: Strings

    /// Loads every `.mustache` file under `root`, reporting each that does not parse and each of `required` (names
    /// without `.mustache`; the Site stage's `PageKind.requiredTemplates`) that is missing.
    public static func load(from root: String, required: [String]) throws -> (TemplateSet, [Diagnostic]) {
        HTMLEscaper.register
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var names = Set<String>()
        var sitePartials = Set<String>()
        let listing = try FileSystem.listing(of: root)
        for refusal in listing.refused {
            problems.append(refusal.diagnostic(at: root + "/" + refusal.path, folder: "the templates folder"))
        }
        for path in listing.files where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            names.insert(name)  // present, even if it does not parse: that is its one problem
            do {
                let text = try FileSystem.readText(root + "/" + path, limit: InputLimits.fileBytes)
                try library.register(HTMLEscaper.pragma + text, named: name)
                if isSiteWide(text) { sitePartials.insert(name) }
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    .error(
                        "this template does not parse: \(error.error)",
                        // The pragma line in front of the text is not the editor's: count lines without it.
                        at: SourceLocation(
                            path: root + "/" + path, line: max(1, error.context.lineNumber - 1),
                            column: error.context.columnNumber),
                        hint: "check that every {{#section}} has its {{/section}}"))
            } catch {
                problems.append(
                    .error(
                        "cannot read this template: \(error)", at: SourceLocation(path: root + "/" + path),
                        hint: "check that it is an ordinary text file that Signpost may read, and under 1 MB"))
            }
        }
        for name in required where !names.contains(name) {
            problems.append(
                .error(
                    "the template \(name).mustache is missing", at: SourceLocation(path: root + "/" + name + ".mustache"),
                    hint: "every templates folder needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        let (strings, stringProblems) = Strings.load(from: root)
        return (
            TemplateSet(library: library, root: root, sitePartials: sitePartials, strings: strings), problems + stringProblems
        )
    }

    /// A copy in which each site-wide partial named by `output` has been rendered once with `context` and is kept as
    /// its text.
    ///
    /// The website's and the kiosk's site-wide partials see different keys, so each renderer renders its own: the
    /// kiosk's are those under `kiosk/`.
    func renderingSitePartials(with context: [String: Any], for output: SitePartialOutput) -> TemplateSet {
        var library = library
        var left = sitePartials
        for name in sitePartials.sorted() where output.owns(name) {
            left.remove(name)
            guard let text = library.render(context, withTemplate: name), let literalText = Self.literal(text),
                let literal = try? MustacheTemplate(string: literalText)
            else { continue }  // left as a partial, rendered on every page
            library.register(literal, named: name)
        }
        return TemplateSet(library: library, root: root, sitePartials: left, strings: strings)
    }

    /// Whose site-wide partials are rendered: the website's (every folder but `kiosk/`) or the kiosk's.
    enum SitePartialOutput {
        case web, kiosk

        func owns(_ name: String) -> Bool {
            name.hasPrefix("kiosk/") == (self == .kiosk)
        }
    }

    /// Template text that renders as `text` exactly: it first sets delimiters that `text` does not contain
    /// (two control characters, which no page has); nil if it does.
    static func literal(_ text: String) -> String? {
        guard !text.unicodeScalars.contains(where: { $0 == "\u{1}" || $0 == "\u{2}" }) else { return nil }
        return "{{=\u{1} \u{2}=}}" + text
    }

    private static func isSiteWide(_ text: String) -> Bool {
        text.drop { $0 == " " || $0 == "\n" }.hasPrefix("{{! site-wide")
    }

    func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
