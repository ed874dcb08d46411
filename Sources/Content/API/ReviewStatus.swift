/// Where a page's review stands on a day: the one rule that the build's warnings, `signpost check` and the health
/// report all follow.
public enum ReviewStatus: String, Sendable, CaseIterable {
    /// Its `next_review` has passed.
    case overdue = "Overdue"
    /// Its `next_review` is within the site's `review_warning_days`.
    case dueSoon = "Due soon"
    case current = "Current"
    /// It has no `next_review`.
    case missing = "No date"

    public init(nextReview: Day?, today: Day, warningDays: Int) {
        guard let next = nextReview else {
            self = .missing
            return
        }
        let days = today.days(until: next)
        self = days < 0 ? .overdue : days <= warningDays ? .dueSoon : .current
    }
}

extension Service {
    /// How old an `assured_date` may be before the record should be checked again: a year.
    public static let assuranceDays = 365

    /// Whether the record is published and was last checked over `assuranceDays` before `today`.
    public func needsChecking(on today: Day) -> Bool {
        guard status.isPublished, let assured = assuredDate else { return false }
        return assured.days(until: today) > Self.assuranceDays
    }
}
