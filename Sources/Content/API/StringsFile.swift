import Diagnostics

/// A strings file of the templates folder (`strings/en.yaml`): one `key: text` a line, read with the same YAML rules
/// and messages as every other settings file.
public enum StringsFile {
    /// The texts by key, and what is wrong with the file (each at its line).
    public static func read(_ text: String, path: String) -> (texts: [String: String], problems: [Diagnostic]) {
        let sink = DiagnosticSink()
        let source = YAMLSource(path: path, lineOffset: 0)
        guard let node = source.compose(text, sink: sink) else { return ([:], sink.items) }
        guard let mapping = node.mapping else {
            sink.error(
                "a strings file should be a list of `key: text` lines", at: source.location(node.mark),
                hint: "write one text a line, its key, a colon and the words, for example `phone: Phone`")
            return ([:], sink.items)
        }
        var texts: [String: String] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard let words = value.scalar?.string else {
                sink.error(
                    "`\(name)` should be text", at: source.location(value.mark),
                    hint: "write the words on the same line after `\(name):`, in \"double quotes\" if they contain a colon")
                continue
            }
            texts[name] = words
        }
        return (texts, sink.items)
    }
}
