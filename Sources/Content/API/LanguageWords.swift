import Markdown

/// The words a translation's Markdown is rendered with, from its language's strings file.
public struct LanguageWords: Sendable, Hashable {
    /// The callout boxes' labels ("Note", "Call 999 now" and the rest) in the language.
    public var calloutLabels: [CalloutKind: String]
    /// Put after a link to a page not translated into the language: "(in English)" in the language.
    public var inEnglish: String

    public init(calloutLabels: [CalloutKind: String], inEnglish: String) {
        self.calloutLabels = calloutLabels
        self.inEnglish = inEnglish
    }
}

extension MarkdownOptions {
    /// The options for a translation into `language`: its callout labels, the marker after links to English pages,
    /// and phone numbers kept left to right when it is written right to left.
    mutating func translate(into language: SiteLanguage, words: LanguageWords?) {
        if let words {
            calloutLabels = words.calloutLabels
            otherLanguageMarker = words.inEnglish
        }
        isolatesNumbers = language.direction == .rtl
    }
}
