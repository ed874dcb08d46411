/// The settings at the top of a guide or page.
public struct FrontMatter: Sendable {
    public var title: String
    public var summary: String
    public var owner: String
    public var lastReviewed: Day?
    public var nextReview: Day?
    public var sources: [Source]
    public var section: String?
    public var order: Int?
    public var formats: [Format]
    /// Where `next_review` is written, for warnings about it.
    public var nextReviewLine: Int
    /// Where `formats` is written, for messages about it.
    public var formatsLine = 0
    /// Its reference, version, approval and changes, when it is under document control.
    public var control: DocumentControl?

    public init(
        title: String = "", summary: String = "", owner: String = "", lastReviewed: Day? = nil,
        nextReview: Day? = nil, sources: [Source] = [], section: String? = nil, order: Int? = nil,
        formats: [Format] = [], nextReviewLine: Int = 0
    ) {
        self.title = title
        self.summary = summary
        self.owner = owner
        self.lastReviewed = lastReviewed
        self.nextReview = nextReview
        self.sources = sources
        self.section = section
        self.order = order
        self.formats = formats
        self.nextReviewLine = nextReviewLine
    }
}
