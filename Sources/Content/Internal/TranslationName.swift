/// How a translation is named: beside its English page, with the language code before `.md`
/// (`guides/concerns/making-a-complaint.pl.md`, `home.ur.md`).
enum TranslationName {
    /// The English page's path and the language code, when `path` is named as a translation.
    static func split(_ path: String) -> (original: String, code: String)? {
        guard path.hasSuffix(".md") else { return nil }
        let stem = path.dropLast(3)
        let name = stem.lastIndex(of: "/").map { stem[stem.index(after: $0)...] } ?? stem
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let code = String(name[name.index(after: dot)...])
        guard SiteLanguage.isCode(code) else { return nil }
        return (String(stem[..<dot]) + ".md", code)
    }
}
