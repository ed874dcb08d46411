import Content
import Utilities

/// Every page's heading ids by its source path, which a link's anchor must be one of: the table a caller keeps
/// (`signpost serve`), or each page's worked out when a link to it is checked.
///
/// A build that checks again only the pages an edit changed looks up a few pages' ids, not every page's.
struct HeadingIDs: Sendable {
    private let table: [String: Set<String>]?
    /// Every page by its source path, made the first time a page's ids are asked for: a build that checks only the
    /// page an edit changed, or none with a link to another page's heading, never makes it.
    private let pages: PagesByPath

    init(table: [String: Set<String>]) {
        self.table = table
        pages = PagesByPath([])
    }

    init(pages: [ContentPage]) {
        table = nil
        self.pages = PagesByPath(pages)
    }

    /// The ids of the headings of the page at `path`; nil when no page is there.
    subscript(path: String) -> Set<String>? {
        if let table { return table[path] }
        return pages[path]?.headingIDs
    }
}

/// Pages by their source path (a later page of a path wins, as in `SiteContent.headingIDs`), the table made when a
/// page is first looked up, once, whichever thread asks.
private final class PagesByPath: @unchecked Sendable {
    private let lock = Lock()
    private var pages: [ContentPage]
    private var byPath: [String: ContentPage]?

    init(_ pages: [ContentPage]) {
        self.pages = pages
    }

    subscript(path: String) -> ContentPage? {
        lock.withLock {
            if let byPath { return byPath[path] }
            let made = Dictionary(pages.map { ($0.sourcePath, $0) }) { _, later in later }
            byPath = made
            pages = []
            return made[path]
        }
    }
}
