/// Which rules run, and how strictly: `build` keeps to what stops a broken site; `check` adds the
/// content-quality rules an editor runs before publishing.
public struct CheckOptions: Sendable, Hashable {
    /// Reading age, long sentences and paragraphs, out-of-date wording and jargon.
    public var contentQuality: Bool
    /// A passed review date is an error, not a warning.
    public var passedReviewIsError: Bool

    public init(contentQuality: Bool, passedReviewIsError: Bool) {
        self.contentQuality = contentQuality
        self.passedReviewIsError = passedReviewIsError
    }

    /// What `signpost build` checks: a build never fails on the day a review date passes.
    public static let build = CheckOptions(contentQuality: false, passedReviewIsError: false)
    /// What `signpost check` checks.
    public static let check = CheckOptions(contentQuality: true, passedReviewIsError: true)
}
