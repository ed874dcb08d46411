/// Wording and jargon the team adds, in `Content/checks.yaml`, to the lists `signpost check` already knows.
public struct CheckLists: Sendable {
    public var wording: [WordingEntry]
    public var jargon: [JargonEntry]

    public init(wording: [WordingEntry] = [], jargon: [JargonEntry] = []) {
        self.wording = wording
        self.jargon = jargon
    }
}

/// Wording that is out of date or wrong, and what to write instead.
public struct WordingEntry: Sendable, Hashable {
    /// The words to find (any case, whole words).
    public var phrase: String
    /// Only when this word starts a word in the same paragraph, e.g.
    ///
    /// `complain` for "complaint".
    public var near: String?
    /// What to write instead, and why.
    public var advice: String

    public init(phrase: String, near: String? = nil, advice: String) {
        self.phrase = phrase
        self.near = near
        self.advice = advice
    }
}

/// A hospital word that must be explained, in brackets, the first time a page uses it.
public struct JargonEntry: Sendable, Hashable {
    /// The word (an all-capitals word matches only in capitals).
    public var word: String
    /// The plain words for it.
    public var plain: String

    public init(word: String, plain: String) {
        self.word = word
        self.plain = plain
    }
}
