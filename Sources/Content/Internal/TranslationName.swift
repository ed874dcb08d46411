/// How a translation is named: beside its English page, with the language code before `.md`
/// (`guides/concerns/making-a-complaint.pl.md`, `home.ur.md`).
enum TranslationName {
    /// The English page's path and the language code, when `path` is named as a translation.
    static func split(_ path: String) -> (original: String, code: String)? {
        guard path.hasSuffix(".md") else { return nil }
        // By the UTF-8 (`/` and `.` are ASCII, so every index found is a character's): every file of the content is
        // asked about.
        let utf8 = path.utf8
        let stemEnd = utf8.index(utf8.endIndex, offsetBy: -3)
        let nameStart = utf8[..<stemEnd].lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard let dot = utf8[nameStart..<stemEnd].lastIndex(of: UInt8(ascii: ".")), dot != nameStart else { return nil }
        let code = String(path[utf8.index(after: dot)..<stemEnd])
        guard SiteLanguage.isCode(code) else { return nil }
        return (String(path[..<dot]) + ".md", code)
    }
}
