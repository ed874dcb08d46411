import Diagnostics
import Foundation
import Utilities

/// Reads the keys of one YAML mapping, checking each against what is allowed and reporting every
/// unknown key, missing key and wrong value at its line and column.
struct YAMLFields {
    let mapping: YAMLNode.Mapping
    let source: YAMLSource
    let sink: DiagnosticSink

    /// Checks `node` is a mapping whose keys are all in `allowed` and include every key of `required` (key to the hint
    /// for adding it).
    ///
    /// `name` says what the mapping is in messages.
    init?(
        _ node: YAMLNode?, name: String, allowed: [String], required: KeyValuePairs<String, String> = [:],
        source: YAMLSource, sink: DiagnosticSink, missingAt: SourceLocation? = nil
    ) {
        guard let node else {
            for (key, hint) in required {
                sink.error("missing required key `\(key)` in \(name)", at: missingAt ?? source.location(nil), hint: hint)
            }
            return nil
        }
        guard let mapping = node.mapping else {
            sink.error(
                "\(name) should be a list of `key: value` settings", at: source.location(node.mark),
                hint: "write one setting a line, its name, a colon and its value, for example `title: Making a complaint`")
            return nil
        }
        self.mapping = mapping
        self.source = source
        self.sink = sink
        var seen = Set<String>()
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                sink.error(
                    "unknown key `\(name)`", at: source.location(key.mark),
                    hint: Suggestion.hint(for: name, in: allowed, noun: "keys allowed here"))
            } else if !seen.insert(name).inserted {
                sink.error("`\(name)` is set twice", at: source.location(key.mark), hint: "keep one of them")
            }
        }
        for (key, hint) in required where !seen.contains(key) {
            sink.error("missing required key `\(key)` in \(name)", at: missingAt ?? source.location(mapping.mark), hint: hint)
        }
    }

    func node(_ key: String) -> YAMLNode? { mapping[key] }

    func mark(_ key: String) -> YAMLMark? { mapping.first { $0.key.string == key }?.key.mark }

    func location(_ key: String) -> SourceLocation { source.location(mark(key)) }

    /// A text value; nil (and reported) when it is a list or settings, or empty.
    ///
    /// Markup and invisible control characters are reported (`PlainText`); `markdown` allows markup, for values written
    /// in Markdown.
    func string(_ key: String, markdown: Bool = false) -> String? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            sink.error(
                "`\(key)` should be text, not a list or settings", at: source.location(node.mark),
                hint: "write the value on the same line after `\(key):`, in \"double quotes\" if it starts with a symbol")
            return nil
        }
        let value = scalar.string.trimmingWhitespace
        if value.isEmpty {
            sink.error(
                "`\(key)` is empty", at: source.location(node.mark),
                hint: "write its value after `\(key):`, or leave the key out if it is optional")
            return nil
        }
        if value.hasPrefix(Self.placeholder) {
            let what = value.dropFirst(Self.placeholder.count).drop { $0 == ":" || $0 == " " }
            sink.error(
                "`\(key)` is still to be filled in" + (what.isEmpty ? "" : ": \(what)"), at: source.location(node.mark),
                hint: "replace the words after `\(key):` with the real value")
            return nil
        }
        checkPlainText(value, key: key, mark: scalar.mark, markdown: markdown)
        return value
    }

    /// How a value left for an editor to fill in starts (`signpost import docx` writes them): `FILL IN: the owner`.
    static let placeholder = "FILL IN"

    /// Reports markup or an invisible control character in a value, at the value.
    func checkPlainText(_ value: String, key: String, mark: YAMLMark?, markdown: Bool = false) {
        guard let problem = PlainText.problem(in: value, allowingMarkup: markdown) else { return }
        sink.error(
            "`\(key)` contains \(problem)", at: source.location(mark),
            hint: problem.hasPrefix("markup")
                ? "write plain words: this text is shown as it is, and other directories import it"
                : "delete it: retype the text, or paste it as plain text")
    }

    func day(_ key: String) -> Day? {
        guard let text = string(key) else { return nil }
        guard let day = Day(iso: text) else {
            sink.error(
                "`\(key)` is not a date: `\(text)`", at: source.location(node(key)?.mark),
                hint: "write dates as YYYY-MM-DD, for example 2026-10-01")
            return nil
        }
        return day
    }

    func integer(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            sink.error(
                "`\(key)` should be a whole number, not `\(text)`", at: source.location(node(key)?.mark),
                hint: "write a number, for example `\(key): 2`")
            return nil
        }
        return value
    }

    func boolean(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            sink.error(
                "`\(key)` should be `true` or `false`, not `\(text)`", at: source.location(node(key)?.mark),
                hint: "write `\(key): true` or `\(key): false`")
            return nil
        }
    }

    /// A list of text values with their places; one value on its own counts as a list of one when `single` is allowed.
    func strings(_ key: String, single: Bool = false) -> [(String, YAMLMark?)]? {
        guard let node = node(key) else { return nil }
        if let scalar = node.scalar, single {
            checkPlainText(scalar.string, key: key, mark: scalar.mark)
            return [(scalar.string, scalar.mark)]
        }
        guard let sequence = node.sequence else {
            sink.error(
                "`\(key)` should be a list", at: source.location(node.mark),
                hint: "write it as `[a, b]` or as lines starting `- `")
            return nil
        }
        var values: [(String, YAMLMark?)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                sink.error(
                    "each item of `\(key)` should be text", at: source.location(item.mark),
                    hint: "write each item on its own line after `- `, in \"double quotes\" if it starts with a symbol")
                continue
            }
            checkPlainText(scalar.string, key: key, mark: scalar.mark)
            values.append((scalar.string, scalar.mark))
        }
        return values
    }

    /// The items of a list, each to be read as settings.
    func items(_ key: String) -> [YAMLNode]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else {
            sink.error(
                "`\(key)` should be a list, each item starting with `- `", at: source.location(node.mark),
                hint: "write each item on its own line under `\(key):`, indented, starting with `- `")
            return nil
        }
        return Array(sequence)
    }
}
