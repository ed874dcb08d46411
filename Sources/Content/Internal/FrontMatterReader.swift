import Diagnostics

/// Reads and checks the front matter of a guide or page.
enum FrontMatterReader {
    static let keys =
        [
            "title", "summary", "owner", "last_reviewed", "next_review", "sources", "section", "order", "formats",
        ] + DocumentControlReader.keys
    static let required: KeyValuePairs<String, String> = [
        "title": "add `title:` with the page's heading, for example `title: Making a complaint`",
        "summary": "add `summary:` with one or two sentences, at most 160 characters, saying what the page is for",
        "owner": "add `owner:` with the team that keeps this page right, for example `owner: Complaints Team`",
        "last_reviewed": "add `last_reviewed:` with the date the page was last checked, as YYYY-MM-DD",
        "next_review": "add `next_review:` with the date it must be checked again, as YYYY-MM-DD",
        "sources": "add `sources:` with a list of `- title: ...` and `url: https://...` lines saying where the facts come from",
    ]
    static let summaryLimit = 160

    static func read(_ yaml: String, path: String, sink: DiagnosticSink) -> FrontMatter {
        let source = YAMLSource(path: path, lineOffset: 1)
        var result = FrontMatter()
        let node = source.compose(yaml, sink: sink)
        if node == nil, !yaml.allSatisfy(\.isWhitespace) { return result }
        guard
            let fields = YAMLFields(
                node, name: "the front matter", allowed: keys, required: required, source: source, sink: sink,
                missingAt: SourceLocation(path: path, line: 1, column: 1))
        else { return result }

        result.title = fields.string("title") ?? ""
        result.owner = fields.string("owner") ?? ""
        if let summary = fields.string("summary") {
            result.summary = summary
            if summary.count > summaryLimit {
                sink.error(
                    "the summary is \(summary.count) characters long, over the limit of \(summaryLimit)",
                    at: source.location(fields.node("summary")?.mark),
                    hint: "shorten it: search engines and lists of guides cut it off after \(summaryLimit) characters")
            }
        }
        result.lastReviewed = fields.day("last_reviewed")
        result.nextReview = fields.day("next_review")
        result.nextReviewLine = source.location(fields.mark("next_review")).line
        if let last = result.lastReviewed, let next = result.nextReview, next <= last {
            sink.error(
                "`next_review` (\(next.iso)) is not after `last_reviewed` (\(last.iso))",
                at: fields.location("next_review"), hint: "the next review is a date after the last one, usually a year later")
        }
        result.sources = readSources(fields, source: source, sink: sink)
        result.section = fields.string("section")
        result.order = fields.integer("order")
        result.formats = readFormats(fields, source: source, sink: sink)
        result.formatsLine = fields.location("formats").line
        result.control = DocumentControlReader.read(fields, source: source, sink: sink, lastReviewed: result.lastReviewed)
        return result
    }

    private static func readSources(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> [Source] {
        guard let items = fields.items("sources") else { return [] }
        if items.isEmpty {
            sink.error("`sources` is empty", at: fields.location("sources"), hint: required[5].value)
        }
        var sources: [Source] = []
        for item in items {
            let required: KeyValuePairs<String, String> = [
                "title": "add `title:` with the name of the page or document",
                "url": "add `url:` with its web address, starting https://",
            ]
            guard
                let entry = YAMLFields(
                    item, name: "this source", allowed: ["title", "url"], required: required, source: source, sink: sink)
            else { continue }
            // Both read before either is given up on, so that each of their problems is reported in one run.
            let (title, url) = (entry.string("title"), entry.string("url"))
            guard let title, let url else { continue }
            if !url.hasPrefix("https://") {
                sink.error(
                    "the source's address should start with https://: `\(url)`", at: source.location(entry.node("url")?.mark),
                    hint: "use the secure address of the page, starting https://")
            }
            sources.append(Source(title: title, url: url))
        }
        return sources
    }

    private static func readFormats(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> [Format] {
        guard let values = fields.strings("formats") else { return [] }
        var formats: [Format] = []
        for (value, mark) in values {
            guard let format = Format(rawValue: value) else {
                sink.error(
                    "unknown format `\(value)`", at: source.location(mark),
                    hint: Suggestion.hint(for: value, in: Format.allCases.map(\.rawValue), noun: "formats"))
                continue
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.sorted()
    }
}
