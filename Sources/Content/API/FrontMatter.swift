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

/// Where a guide's facts come from.
public struct Source: Sendable, Hashable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// The other formats a guide can exist in (Accessible Information Standard).
public enum Format: String, Sendable, CaseIterable, Comparable {
    case easyRead = "easy-read"
    case largePrint = "large-print"
    case braille
    case audio
    case bsl

    /// The name a reader sees.
    public var name: String {
        switch self {
        case .easyRead: "Easy read"
        case .largePrint: "Large print"
        case .braille: "Braille"
        case .audio: "Audio"
        case .bsl: "British Sign Language (BSL) video"
        }
    }

    public static func < (lhs: Format, rhs: Format) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
