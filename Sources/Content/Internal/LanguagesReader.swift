import Diagnostics

/// Reads site.yaml's `languages:`, the languages the site is translated into beside its default.
enum LanguagesReader {
    static let keys = ["code", "name", "direction", "title", "sections", "kiosk"]
    static let kioskKeys = ["title", "intro", "tiles", "directions", "map_alt"]
    static let required: KeyValuePairs<String, String> = [
        "code": "add `code:` with the language's BCP 47 code, for example `code: pl`",
        "name": "add `name:` with the language's name in its own language and script, for example `name: Polski`",
    ]

    static func read(_ fields: YAMLFields, default defaultCode: String, source: YAMLSource, sink: DiagnosticSink)
        -> [SiteLanguage]
    {
        guard let items = fields.items("languages") else { return [] }
        var languages: [SiteLanguage] = []
        var seen = Set<String>()
        for item in items {
            guard
                let entry = YAMLFields(
                    item, name: "this language", allowed: keys, required: required, source: source, sink: sink),
                let code = entry.string("code"), let name = entry.string("name")
            else { continue }
            let line = source.location(item.mark).line
            guard SiteLanguage.isCode(code) else {
                sink.error(
                    "`\(code)` is not a language code", at: source.location(entry.node("code")?.mark),
                    hint: "write its BCP 47 code: two or three lower-case letters, such as `pl`, `ur` or `pa`")
                continue
            }
            guard !seen.contains(code), SiteLanguage.primary(of: code) != SiteLanguage.primary(of: defaultCode) else {
                sink.error(
                    "`\(code)` is listed twice, or is the site's own language (`language: \(defaultCode)`)",
                    at: source.location(entry.node("code")?.mark), hint: "list each other language once")
                continue
            }
            seen.insert(code)
            var direction: SiteLanguage.Direction?
            if let written = entry.string("direction") {
                direction = SiteLanguage.Direction(rawValue: written)
                if direction == nil {
                    sink.error(
                        "`direction` should be `ltr` or `rtl`, not `\(written)`",
                        at: source.location(entry.node("direction")?.mark),
                        hint: "write `direction: rtl` for a language written right to left, or leave it out")
                }
            }
            var language = SiteLanguage(code: code, name: name, direction: direction, line: line)
            language.title = entry.string("title")
            if let sections = entry.node("sections") {
                if let mapping = sections.mapping {
                    for (english, translated) in mapping {
                        guard let key = english.string, let text = translated.scalar?.string, !text.isEmpty else { continue }
                        entry.checkPlainText(text, key: key, mark: translated.mark)
                        language.sectionTitles[key] = text
                    }
                } else {
                    sink.error(
                        "`sections` should be a list of `English name: name in this language` lines",
                        at: source.location(sections.mark), hint: "for example `Concerns and complaints: Uwagi i skargi`")
                }
            }
            if let kiosk = YAMLFields(
                entry.node("kiosk"), name: "the kiosk's words", allowed: kioskKeys, source: source, sink: sink)
            {
                language.kiosk.title = kiosk.string("title")
                language.kiosk.intro = kiosk.string("intro")
                language.kiosk.tiles = kiosk.strings("tiles")?.map(\.0) ?? []
                language.kiosk.directions = kiosk.strings("directions", single: true)?.map(\.0) ?? []
                language.kiosk.mapAlt = kiosk.string("map_alt")
            }
            languages.append(language)
        }
        return languages
    }
}
