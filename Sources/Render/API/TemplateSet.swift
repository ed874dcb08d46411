import Content
import Diagnostics
import TemplateEngine
import Utilities

/// The Mustache templates of a templates folder, parsed once and shared by every page.
public struct TemplateSet: Sendable {
    let library: TemplateLibrary
    /// The files they came from.
    public let files: TemplateFolder
    /// Partials marked site-wide (their first line is `{{! site-wide ...}}`): they use only the keys every page
    /// shares, so a build renders each once and pages include the result.
    let sitePartials: Set<String>
    /// The words Signpost puts together itself, from `strings/en.yaml`.
    public let strings: Strings
    /// For each template, the partials and parents it names (`{{> name}}`, `{{< name}}`).
    public let references: [String: Set<String>]
    /// Each template's text as written, for making it in another language (`localized(to:)`).
    let sources: [String: String]
    /// The language whose words the templates hold, when it is not the site's own.
    public private(set) var language: SiteLanguage?

    /// The partials and parents a template names, with their lines: `{{> layout/header}}`, `{{<page-layout}}`.
    static func references(in text: String) -> [(name: String, line: Int)] {
        var found: [(String, Int)] = []
        for (index, line) in TemplateWords.lines(of: text).enumerated() {
            var rest = line[...]
            while let open = rest.firstRange(ofASCII: "{{") {
                rest = rest[open.upperBound...]
                let tag = rest.drop { $0 == " " }
                guard let sigil = tag.first, sigil == ">" || sigil == "<" else { continue }
                let name = tag.dropFirst().drop { $0 == " " }.prefix { $0 != " " && $0 != "}" }
                if !name.isEmpty { found.append((String(name), index + 1)) }
            }
        }
        return found
    }

    /// Loads every `.mustache` file of `files`, reporting each that does not parse and each of `required` (names
    /// without `.mustache`; the Site stage's `PageKind.requiredTemplates`) that is missing.
    public static func load(from files: TemplateFolder, required: [String]) -> (TemplateSet, [Diagnostic]) {
        read(from: files).parse(required: required)
    }

    /// A templates folder read and its words loaded, its templates not yet parsed (`parse(required:)`): parsing is
    /// most of the work, and may go on while the content, which needs only the words, is opened.
    public struct Reading: Sendable {
        let files: TemplateFolder
        /// Each template's text, by name (without `.mustache`).
        let sources: [String: String]
        /// Every template's name, those that could not be read included.
        let names: Set<String>
        /// The words of `strings/en.yaml`.
        public let strings: Strings
        /// What is wrong so far: templates that cannot be read, and words they use that the strings file lacks.
        let problems: [Diagnostic]
        /// What is wrong with the strings file.
        let stringProblems: [Diagnostic]

        /// The templates parsed, on every core, with what is wrong with them.
        public func parse(required: [String]) -> (TemplateSet, [Diagnostic]) {
            var problems = self.problems
            let named = sources.sorted(by: { $0.key < $1.key })
            let (library, failed) = TemplateSet.library(named, words: strings)
            let failures = Dictionary(failed.map { ($0.name, $0.error) }, uniquingKeysWith: { $1 })
            var sitePartials = Set<String>()
            var references: [String: [(name: String, line: Int)]] = [:]
            for (name, text) in named {
                if let error = failures[name] {
                    problems.append(
                        .error(
                            "this template does not parse: \(error.message)",
                            at: SourceLocation(path: files.shownPath(name + ".mustache"), line: error.line, column: error.column),
                            hint: "check that every {{#section}} has its {{/section}}"))
                    continue
                }
                if TemplateSet.isSiteWide(text) { sitePartials.insert(name) }
                references[name] = TemplateSet.references(in: text)
            }
            for name in required where !names.contains(name) {
                problems.append(
                    .error(
                        "the template \(name).mustache is missing", at: SourceLocation(path: files.shownPath(name + ".mustache")),
                        hint: "every templates folder needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
            }
            for (name, named) in references.sorted(by: { $0.key < $1.key }) {
                for reference in named where !names.contains(reference.name) {
                    problems.append(
                        .error(
                            "this template uses \(reference.name).mustache, which is missing",
                            at: SourceLocation(path: files.shownPath(name + ".mustache"), line: reference.line, column: 1),
                            hint: "add \(reference.name).mustache to the templates folder, or correct the name"))
                }
            }
            return (
                TemplateSet(
                    library: library, files: files, sitePartials: sitePartials, strings: strings,
                    references: references.mapValues { Set($0.map(\.name)) }, sources: sources),
                problems + stringProblems
            )
        }
    }

    /// Each of `sources` with `words` spliced in (`TemplateWords`), parsed on every core into a library; and those that
    /// do not parse.
    private static func library(_ sources: [(key: String, value: String)], words: Strings) -> (
        TemplateLibrary, [(name: String, error: TemplateSyntaxError)]
    ) {
        var library = TemplateLibrary()
        let spliced = Parallel.map(sources) { (name: $0.key, text: TemplateWords.splice($0.value, strings: words)) }
        let failures = library.register(spliced)
        return (library, failures)
    }

    /// Reads every `.mustache` file of `files` and the strings file, and checks that each word a template uses is
    /// there: all of loading but parsing.
    public static func read(from files: TemplateFolder) -> Reading {
        var problems: [Diagnostic] = []
        var names = Set<String>()
        var sources: [String: String] = [:]
        for path in files.paths where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            names.insert(name)  // present, even if it does not parse: that is its one problem
            do {
                sources[name] = try files.readText(path)
            } catch {
                problems.append(
                    .error(
                        "cannot read this template: \(error)", at: SourceLocation(path: files.shownPath(path)),
                        hint: "check that it is an ordinary text file that Signpost may read, and under 1 MB"))
            }
        }
        let words = sources.mapValues { TemplateWords.keys(in: $0) }
        let (strings, stringProblems) = Strings.load(from: files, templateKeys: Set(words.values.joined().map(\.key)))
        for (name, used) in words.sorted(by: { $0.key < $1.key }) {
            for word in used where strings.word(word.key) == nil {
                problems.append(
                    .error(
                        "`{{t.\(word.key)}}`: `\(word.key)` is not in \(Strings.englishFile)",
                        at: SourceLocation(path: files.shownPath(name + ".mustache"), line: word.line, column: word.column),
                        hint: "add a line `\(word.key): ...` to \(Strings.englishFile) with the words, or correct the key"))
            }
        }
        return Reading(
            files: files, sources: sources, names: names, strings: strings, problems: problems, stringProblems: stringProblems)
    }

    /// The templates with the words of `language`, and what is wrong with its strings file.
    ///
    /// The words are `strings/<code>.yaml`'s, English where it has none. The templates parsed in English: their
    /// problems were reported then.
    public func localized(to language: SiteLanguage) -> (TemplateSet, [Diagnostic]) {
        let (words, problems) = Strings.load(from: files, language: language, english: strings)
        // Their problems were reported when they parsed in English.
        let (library, _) = Self.library(sources.sorted(by: { $0.key < $1.key }), words: words)
        var set = TemplateSet(
            library: library, files: files, sitePartials: sitePartials, strings: words, references: references, sources: sources)
        set.language = language
        return (set, problems)
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
                (try? library.register(literalText, named: name)) != nil
            else { continue }  // left as a partial, rendered on every page
        }
        var set = TemplateSet(
            library: library, files: files, sitePartials: left, strings: strings, references: references, sources: sources)
        set.language = language
        return set
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

    static func isSiteWide(_ text: String) -> Bool {
        text.drop { $0 == " " || $0 == "\n" }.hasPrefix("{{! site-wide")
    }

    func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// The template rendered with each context in turn, joined: a table's rows.
    func render(each contexts: [[String: Any]], with name: String) -> String {
        library.render(each: contexts.map { $0 as Any }, withTemplate: name) ?? ""
    }
}
