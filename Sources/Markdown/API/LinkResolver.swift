/// Turns the destinations an editor wrote into the addresses the page uses.
///
/// The Markdown stage knows nothing of guides or folders; the Content stage supplies a resolver
/// that does, and records what it could not resolve.
public protocol LinkResolver: Sendable {
    /// The address for a link, or nil to leave it as written.
    func resolveLink(_ destination: String) -> String?
    /// The address and size of an image, or nil to leave it as written.
    func resolveImage(_ source: String) -> ResolvedImage?
    /// Whether a link goes to a page in another language than the page it is on (a translation's link to an English
    /// page not yet translated).
    func isOtherLanguage(_ destination: String) -> Bool
}

extension LinkResolver {
    public func isOtherLanguage(_ destination: String) -> Bool { false }
}

/// Where an image is published, and its size in pixels when known.
public struct ResolvedImage: Sendable, Hashable {
    public var url: String
    public var width: Int?
    public var height: Int?

    public init(url: String, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}

/// Leaves every destination as written.
public struct UnchangedLinks: LinkResolver {
    public init() {}
    public func resolveLink(_ destination: String) -> String? { nil }
    public func resolveImage(_ source: String) -> ResolvedImage? { nil }
}
