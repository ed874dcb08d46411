import Diagnostics

/// Joins each translation to its English page once every page is loaded.
enum Translations {
    /// The translations with their English page's front matter (owner, sources, review dates, section, order,
    /// formats) and their own title and summary, sorted by language and path; reports a `translated_from` after the
    /// English page's `last_reviewed` (an error) and one before it (the translation is out of date: a warning).
    static func joined(_ translations: [ContentPage], to content: SiteContent, diagnostics: inout DiagnosticList)
        -> [ContentPage]
    {
        let originals = Dictionary(content.allPages.map { ($0.sourcePath, $0) }) { first, _ in first }
        var joined: [ContentPage] = []
        for translation in translations {
            // An English page that did not load has its own error; its translations wait for it.
            guard let original = originals[translation.sourcePath], let language = translation.language else { continue }
            var page = translation
            var frontMatter = original.frontMatter
            frontMatter.title = translation.frontMatter.title
            frontMatter.summary = translation.frontMatter.summary
            page.frontMatter = frontMatter
            joined.append(page)
            guard let from = translation.translation?.translatedFrom, let lastReviewed = original.frontMatter.lastReviewed
            else { continue }
            let at = SourceLocation(
                path: translation.displayPath, line: translation.translation?.translatedFromLine ?? 1,
                column: translation.translation?.translatedFromColumn ?? 1)
            if from > lastReviewed {
                diagnostics.append(
                    .error(
                        "`translated_from` (\(from.iso)) is after the English page's `last_reviewed` (\(lastReviewed.iso))",
                        at: at,
                        hint:
                            "write the English page's `last_reviewed` date that this translation was made from: \(lastReviewed.iso) if it was made from the page as it is now"
                    ))
            } else if TranslationStatus(translation.translation, englishLastReviewed: lastReviewed) == .outOfDate {
                diagnostics.append(
                    .warning(
                        "this \(language.name) translation is out of date: the English page was reviewed on \(lastReviewed.iso), after the version it was translated from (\(from.iso))",
                        at: at,
                        hint:
                            "have what changed in \(original.displayPath) since \(from.iso) translated, then set `translated_from: \(lastReviewed.iso)`"
                    ))
            }
        }
        return joined.sorted { ($0.language?.code ?? "", $0.sourcePath) < ($1.language?.code ?? "", $1.sourcePath) }
    }
}
