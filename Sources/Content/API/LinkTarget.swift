import Utilities

/// What a link or image in the content points at.
public enum LinkTarget: Sendable, Hashable {
    /// Another website, an email address or a phone number.
    case external
    /// A heading on the same page: `#what-happens-next`.
    case sameDocument(fragment: String)
    /// A guide or page of the site, by source path, and a heading on it if one is named.
    case page(path: String, fragment: String?)
    /// A file copied into the site, by path.
    case asset(path: String)
    /// A file that does not exist, by the path it was resolved to.
    case missing(path: String)
    /// A path that climbs out of the content folder.
    case outside
}
