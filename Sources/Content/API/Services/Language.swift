/// A language a service can be used in, by its ISO 639-1 code.
public struct Language: Sendable, Hashable, Comparable {
    /// `pl`.
    public let code: String
    /// `Polish`.
    public let englishName: String
    /// `polski`: the name its speakers use, so they can find it.
    public let ownName: String
    /// Written right to left (Arabic, Urdu, Farsi, ...).
    public let isRightToLeft: Bool

    /// The language with this code; nil when the code is not in Signpost's table.
    public init?(code: String) {
        guard let entry = LanguageTable.entries[code.lowercased()] else { return nil }
        self.code = code.lowercased()
        self.englishName = entry.english
        self.ownName = entry.own
        self.isRightToLeft = entry.rightToLeft
    }

    /// `Polish (polski)`; just `English` when both names are the same.
    public var label: String { ownName == englishName ? englishName : englishName + " (" + ownName + ")" }

    /// Every code Signpost knows, sorted.
    public static var knownCodes: [String] { LanguageTable.entries.keys.sorted() }

    /// The code for an English name (`Polish` → `pl`), for importing data that names languages.
    public static func code(forEnglishName name: String) -> String? {
        LanguageTable.entries.first { $0.value.english.lowercased() == name.lowercased() }?.key
    }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.englishName < rhs.englishName }
}
