import Diagnostics

/// Reads a translation's front matter: its `title` and `summary` in its language, who made it (`translator`) and
/// the English page's `last_reviewed` date it was translated from (`translated_from`).
///
/// Everything else (owner, sources, review dates, section) is the English page's, so writing it again is an error.
enum TranslationFrontMatterReader {
    static let keys = ["title", "summary", "translator", "translated_from"]
    static let required: KeyValuePairs<String, String> = [
        "title": "add `title:` with the page's heading in this language",
        "summary": "add `summary:` with the English page's summary in this language",
        "translator": "add `translator:` with who made the translation: the agency or the person",
        "translated_from":
            "add `translated_from:` with the English page's `last_reviewed` date that this translation was made from, as YYYY-MM-DD",
    ]

    static func read(_ yaml: String, path: String, original: String, sink: DiagnosticSink) -> (FrontMatter, Translation) {
        let source = YAMLSource(path: path, lineOffset: 1)
        var frontMatter = FrontMatter()
        var translation = Translation()
        let node = source.compose(yaml, sink: sink)
        if let mapping = node?.mapping {
            for (key, _) in mapping {
                guard let name = key.string, FrontMatterReader.keys.contains(name), !keys.contains(name) else { continue }
                sink.error(
                    "`\(name)` comes from the English page: a translation does not repeat it", at: source.location(key.mark),
                    hint: "delete this line; to change it, change \(original)")
            }
        }
        guard
            let fields = YAMLFields(
                node, name: "the translation's front matter", allowed: keys + FrontMatterReader.keys, required: required,
                source: source, sink: sink, missingAt: SourceLocation(path: path, line: 1, column: 1))
        else { return (frontMatter, translation) }
        frontMatter.title = fields.string("title") ?? ""
        frontMatter.summary = fields.string("summary") ?? ""
        if frontMatter.summary.count > FrontMatterReader.summaryLimit {
            sink.error(
                "the summary is \(frontMatter.summary.count) characters long, over the limit of \(FrontMatterReader.summaryLimit)",
                at: source.location(fields.node("summary")?.mark),
                hint: "shorten it: lists of guides cut it off after \(FrontMatterReader.summaryLimit) characters")
        }
        translation.translator = fields.string("translator") ?? ""
        translation.translatedFrom = fields.day("translated_from")
        let date = source.location(fields.node("translated_from")?.mark)
        (translation.translatedFromLine, translation.translatedFromColumn) = (date.line, date.column)
        return (frontMatter, translation)
    }
}
