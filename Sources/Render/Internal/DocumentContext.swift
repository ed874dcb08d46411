import Content

/// What a guide under document control shows of it: `{reference, version, published, review_due, changes,
/// has_changes}`, dates as `DateContext`; nil for a page with no `reference`.
enum DocumentContext {
    static func of(_ matter: FrontMatter, _ wording: Wording) -> [String: Any]? {
        guard let control = matter.control else { return nil }
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
