import Content

/// What a guide under document control shows of it: `{reference, version, published, review_due, changes,
/// has_changes}`, dates as `DateContext`; nil for a page with no `reference`.
///
/// Nil for a translation too: the English page's version and changes need not be the ones it was translated from
/// (its translator and `translated_from` date say which it is).
enum DocumentContext {
    static func of(_ page: ContentPage, _ wording: Wording) -> [String: Any]? {
        let matter = page.frontMatter
        guard page.translation == nil, let control = matter.control else { return nil }
        var context: [String: Any] = [
            "reference": control.reference, "version": control.version,
            "published": DateContext.of(control.published, wording),
            "approved_by": control.approvedBy, "approved_on": DateContext.of(control.approvedOn, wording),
            "changes": control.changes.map {
                ["version": $0.version, "date": DateContext.of($0.date, wording), "summary": $0.summary] as [String: Any]
            },
            "has_changes": !control.changes.isEmpty,
        ]
        context["review_due"] = matter.nextReview.map { DateContext.of($0, wording) }
        return context
    }
}
