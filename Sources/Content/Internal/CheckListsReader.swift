import Diagnostics

/// Reads `checks.yaml`: `wording` (`phrase`, optional `near`, `use`) and `jargon` (`word`, `plain`) lists.
enum CheckListsReader {
    static func read(_ yaml: String, path: String, sink: DiagnosticSink) -> CheckLists {
        let source = YAMLSource(path: path, lineOffset: 0)
        var lists = CheckLists()
        guard
            let fields = YAMLFields(
                source.compose(yaml, sink: sink), name: "checks.yaml", allowed: ["wording", "jargon"], source: source,
                sink: sink, missingAt: SourceLocation(path: path, line: 1, column: 1))
        else { return lists }
        for item in fields.items("wording") ?? [] {
            let required: KeyValuePairs<String, String> = [
                "phrase": "add `phrase:` with the words to look for, for example `phrase: PALS will investigate`",
                "use": "add `use:` with what to write instead, for example `use: PALS can help sort out a concern`",
            ]
            guard
                let entry = YAMLFields(
                    item, name: "this wording entry", allowed: ["phrase", "near", "use"], required: required, source: source,
                    sink: sink),
                let phrase = entry.string("phrase"), let advice = entry.string("use")
            else { continue }
            lists.wording.append(WordingEntry(phrase: phrase, near: entry.string("near"), advice: advice))
        }
        for item in fields.items("jargon") ?? [] {
            let required: KeyValuePairs<String, String> = [
                "word": "add `word:` with the hospital word, for example `word: cannula`",
                "plain": "add `plain:` with plain words for it, for example `plain: a thin tube put into a vein`",
            ]
            guard
                let entry = YAMLFields(
                    item, name: "this jargon entry", allowed: ["word", "plain"], required: required, source: source, sink: sink),
                let word = entry.string("word"), let plain = entry.string("plain")
            else { continue }
            lists.jargon.append(JargonEntry(word: word, plain: plain))
        }
        return lists
    }
}
