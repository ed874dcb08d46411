import Utilities

/// The rows of a long table as a build made them before, each by what it shows (a fingerprint of its values): the
/// health report's 10,000 rows are made again only where they changed.
///
/// A store holds rows made with one set of templates and settings on one day. The renderer hands it the rows of the
/// page a few hundred at a time, in the page's order.
public protocol KnownRows: AnyObject, Sendable {
    /// Adds to `text` the rows that show `keys`, in their order: each as it was made before where the store holds it,
    /// otherwise as `make` makes it now (given the row's place in `keys`), which the store then holds.
    func append(showing keys: [Fingerprint], to text: inout [UInt8], making make: (Int) -> String)
}
