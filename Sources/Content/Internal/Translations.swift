import Diagnostics
import Utilities

/// Joins a translation to its English page as it loads.
enum Translations {
    /// The translation with its English page's front matter (owner, sources, review dates, section, order, formats)
    /// and its own title and summary; and what is wrong with its `translated_from`: after the English page's
    /// `last_reviewed` (an error), or before it (the translation is out of date: a warning).
    static func join(_ translation: ContentPage, to original: ContentPage) -> (ContentPage, [Diagnostic]) {
        var page = translation
        page.sourceFingerprint = ContentPage.fingerprint(
            ofTranslation: translation.sourceFingerprint, original: original.sourceFingerprint)
        var frontMatter = original.frontMatter
        frontMatter.title = translation.frontMatter.title
        frontMatter.summary = translation.frontMatter.summary
        page.frontMatter = frontMatter
        guard let about = translation.translation, let from = about.translatedFrom, let language = translation.language,
            let lastReviewed = original.frontMatter.lastReviewed
        else { return (page, []) }
        let at = SourceLocation(
            path: translation.displayPath, line: about.translatedFromLine, column: about.translatedFromColumn)
        if from > lastReviewed {
            return (
                page,
                [
                    .error(
                        "`translated_from` (\(from.iso)) is after the English page's `last_reviewed` (\(lastReviewed.iso))",
                        at: at,
                        hint:
                            "write the English page's `last_reviewed` date that this translation was made from: \(lastReviewed.iso) if it was made from the page as it is now"
                    )
                ]
            )
        }
        guard TranslationStatus(about, englishLastReviewed: lastReviewed) == .outOfDate else { return (page, []) }
        return (
            page,
            [
                .warning(
                    "this \(language.name) translation is out of date: the English page was reviewed on \(lastReviewed.iso), after the version it was translated from (\(from.iso))",
                    at: at,
                    hint:
                        "have what changed in \(original.displayPath) since \(from.iso) translated, then set `translated_from: \(lastReviewed.iso)`"
                )
            ]
        )
    }
}
