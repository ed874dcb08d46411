import Content

/// Every page's heading ids by its source path, which a link's anchor must be one of: the table a caller keeps
/// (`signpost serve`), or each page's worked out when a link to it is checked.
///
/// A build that checks again only the pages an edit changed looks up a few pages' ids, not every page's.
struct HeadingIDs: Sendable {
    private let table: [String: Set<String>]?
    /// Every page by its source path (a later page of a path wins, as in `SiteContent.headingIDs`).
    private let pages: [String: ContentPage]

    init(table: [String: Set<String>]) {
        self.table = table
        pages = [:]
    }

    init(pages: [ContentPage]) {
        table = nil
        self.pages = Dictionary(pages.map { ($0.sourcePath, $0) }) { _, later in later }
    }

    /// The ids of the headings of the page at `path`; nil when no page is there.
    subscript(path: String) -> Set<String>? {
        if let table { return table[path] }
        return pages[path]?.headingIDs
    }
}
