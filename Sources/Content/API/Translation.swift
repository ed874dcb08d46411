/// What a translation says of itself: who made it, and from which review of its English page.
public struct Translation: Sendable, Hashable {
    /// Who made it: an agency or a person (`translator:`).
    public var translator: String
    /// The English page's `last_reviewed` date it was translated from (`translated_from:`).
    public var translatedFrom: Day?
    /// The line and column of the `translated_from:` date in the translation's file.
    public var translatedFromLine: Int
    public var translatedFromColumn: Int

    public init(translator: String = "", translatedFrom: Day? = nil, translatedFromLine: Int = 1, translatedFromColumn: Int = 1) {
        self.translator = translator
        self.translatedFrom = translatedFrom
        self.translatedFromLine = translatedFromLine
        self.translatedFromColumn = translatedFromColumn
    }
}

/// Whether a translation keeps up with its English page: the one rule for the build's warning, the notice on the
/// page and the health report.
public enum TranslationStatus: String, Sendable, Hashable {
    /// Translated from the English page as it was last reviewed.
    case current
    /// The English page has been reviewed since (its `last_reviewed` is after `translated_from`).
    case outOfDate = "out-of-date"
    /// There is no translation in this language.
    case missing

    /// The state of `translation` of a page whose English version was last reviewed on `lastReviewed`.
    public init(_ translation: Translation?, englishLastReviewed lastReviewed: Day?) {
        guard let translation else {
            self = .missing
            return
        }
        if let from = translation.translatedFrom, let lastReviewed, from < lastReviewed {
            self = .outOfDate
        } else {
            self = .current
        }
    }
}
