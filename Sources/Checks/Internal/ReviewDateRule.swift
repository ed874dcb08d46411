import Content
import Diagnostics

/// Every page says when it will next be reviewed; warn as the date nears, and once it has passed
/// (an error in `signpost check`: the page would show an out-of-date promise).
struct ReviewDateRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard let next = page.frontMatter.nextReview else { return [] }
        let location = SourceLocation(path: page.displayPath, line: page.frontMatter.nextReviewLine, column: 1)
        let days = context.today.days(until: next)
        switch ReviewStatus(nextReview: next, today: context.today, warningDays: context.config.reviewWarningDays) {
        case .overdue:
            return [
                Diagnostic(
                    context.options.passedReviewIsError ? .error : .warning, "the review date \(next.text) has passed",
                    at: location,
                    hint:
                        "check the page is still right with its owner (\(page.frontMatter.owner)), then update `last_reviewed` and `next_review`"
                )
            ]
        case .dueSoon:
            return [
                .warning(
                    "the page is due for review on \(next.text), in \(days) day\(days == 1 ? "" : "s")", at: location,
                    hint: "ask its owner (\(page.frontMatter.owner)) to review it, then update `last_reviewed` and `next_review`")
            ]
        case .current, .missing:
            return []
        }
    }
}
