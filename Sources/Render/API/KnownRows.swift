import Utilities

/// The rows of a long table as a build made them before, each by what it shows (a fingerprint of its values): the
/// health report's 10,000 rows are made again only where they changed.
///
/// A store holds rows made with one set of templates and settings on one day. The renderer asks it for each row in
/// the order of the page, and tells it each row it had to make.
public protocol KnownRows: AnyObject, Sendable {
    /// The text made before for the row that shows `key`, if there is one.
    func text(showing key: Fingerprint) -> String?
    /// The row that shows `key`, made now.
    func made(_ text: String, showing key: Fingerprint)
}
