import Content
import Diagnostics
import Search
import Utilities

/// The pages the last build loaded, kept in the build cache's folder (`pages`) for the next build.
///
/// A page whose file is unchanged, in a build whose page base is unchanged (`OutputCache.pageBase`: templates,
/// settings, pictures, every file's name and what pages show of the service records, which is what loading a page
/// reads besides its own file), is taken from here with what loading it found and its words for search, and its own
/// files are kept as they are. It is not parsed, checked, weighed or rendered again.
///
/// With each page it keeps what the per-page checks found of it, and what those checks read besides the page
/// (`ContentChecks.pageInputs`: the day, every page's heading ids, the guides' references): a kept page is not checked
/// again when that is the same.
///
/// A page is found by its file and what it was made from (`ContentPage.sourceFingerprint`, with its English page's for
/// a translation); one whose files the site or the cache's copy no longer has as that page made them is loaded again.
/// The file is added to at its end, or (once what no version of it uses would pass half of what the last uses) replaced
/// whole by a rename, and read only for the base (and so the program) that wrote it: cut short, or spoilt anywhere but
/// in a page's entry, and it is not used; a page whose entry is spoilt is loaded again (`PiecesFile`, its layout).
///
/// Its head, its index (where each page is) and its table of repeated text are read and checked when the build starts,
/// and the file is held open: each page is read from it when it is asked for (with the pages that follow it in the
/// file, which the same core asks for next: `PieceRuns`), and checked then, so the file is never in memory with the
/// pages made from it. A page taken from it and stored again unchanged is not read or stored
/// afresh (but when the table below is made afresh): the new version names its entry where it is, or, in a file
/// written afresh, copies it as it is, runs of such pages at a time.
///
/// The text pages repeat (headings, links, sources, owners) is held once, in a table after the pages, and each
/// page's use of it is a number (`StringNumbering`): a page is read back with no lookup of its text, and every page
/// shares the table's strings. A file written again keeps the table it read, its numbers meaning what they did, and
/// numbers the text of the pages stored anew after it (text the table holds already too). Once the table read has
/// grown by more than a quarter, and by more than 1,024 texts, since it was last made afresh, the build that read it
/// stores every page anew, with a new table of only the text they hold.
///
/// Pages are asked for from many threads at once while the content loads; `entries` and `strings` change only in
/// `letGo()`, once it has loaded, and the rest only under `lock`.
final class PageCache: LoadedPageStore, @unchecked Sendable {
    /// The file's layout: each page's entry by its file.
    private typealias PagesFile = PiecesFile<String>

    /// What a build found of a page and made from it: what loading it found, what the checks found, and the files
    /// made from it (their paths in the site).
    private struct Record: Equatable {
        var diagnostics: [Diagnostic] = []
        var checks: [Diagnostic] = []
        var files = MadeFiles()
    }

    /// One page read back: the page as a build keeps it, its record, and its words for search
    /// (`SearchCollector.keptWords(of:)`).
    private struct Kept {
        let page: ContentPage
        let record: Record
        let words: [UInt32]
        /// What lists of pages show of it (`ContentPage.listingFingerprint`), as it was when it was stored.
        let listing: Fingerprint
    }

    /// A page taken from the file: the page as it was read, where it is in the file, what was kept with it, and
    /// whether the search index took its words as they were kept (so that storing them again would store the same).
    private struct Reused {
        let page: ContentPage
        let body: PagesFile.Piece
        let record: Record
        let wordsAsKept: Bool
        let listing: Fingerprint
    }

    /// What a build needs of the pages it loads, to keep them for the next.
    struct Build {
        let staging: StagingFolder
        let search: SearchCollector
        /// What a page's search result shows, in its language's words.
        let searchEntry: @Sendable (ContentPage) -> SearchEntry
        /// Counts the files of the site.
        let written: Counter
        let languages: [SiteLanguage]
        /// The fingerprint of each Markdown file, taken when the build started (`ContentFolder.fingerprints(of:)`).
        let prints: [String: Fingerprint]
    }

    private static let header = Array("signpost page cache 9\n".utf8)
    private static let fileName = "pages"
    /// The most texts of the table in one part of the file: the table is never whole in memory as bytes.
    private static let tablePart = 1024

    private let build: Build
    /// The file as it was checked, held open until the pages are saved (the pages taken from it unchanged are copied
    /// from it, `save`), and where each page is in it, until every page is loaded (`letGo()`).
    private let file: OpenFile?
    /// The file's pieces, read a run at a time as the pages are asked for.
    private let runs: PieceRuns<String>?
    private var entries: [String: PagesFile.Entry]
    /// This build's numbers for the words of the kept pages, from `SearchCollector.numbering(_:)`.
    ///
    /// When they are the last build's (`areUnchanged`, as they are when it sees them before any other), a page taken
    /// from the file unchanged is stored again as the very bytes it was read from (unless the table of repeated text
    /// is made afresh).
    private let numbers: KeptWordNumbers
    /// What the checks of the kept pages read besides each page (`ContentChecks.pageInputs`), when they ran.
    private let checkInputs: Fingerprint?
    /// The file's table of the text its pages repeat, by number, until every page is loaded (`letGo()`): the pages
    /// hold what they use of it, and the rest is let go.
    private var strings: [String]
    /// The table: how long it is, its parts in the file (named where they are, or copied as they are, when it is kept),
    /// and how long it was when it was last made afresh.
    private let table: (count: Int, parts: [PagesFile.Piece], freshCount: Int)
    /// How many of the file's bytes its last version uses (`PiecesFile.Opened.usedBytes`).
    private let usedBytes: Int

    private let lock = Lock()
    /// What loading each page of this build found, and the files made from it, by the page's file.
    ///
    /// It is what the next build keeps. A page not here (the home page and the easy-read versions, made once every
    /// page is loaded) is loaded by every build.
    private var pages: [String: Record] = [:]
    /// The pages taken from the cache, by their files.
    private var reused: [String: Reused] = [:]
    /// What this build's checks read besides each page, once they have run (`checked(_:inputs:)`).
    private var checkedInputs: Fingerprint?

    /// The pages kept in `folder` for `base` (the build cache's, with the program), or none: `reuse` is false for a
    /// build from nothing, which keeps its pages for the next all the same.
    init(folder: String, base: Fingerprint, reuse: Bool, build: Build) {
        self.build = build
        let read = reuse ? Self.read(folder + "/" + Self.fileName, base: base) : nil
        let (opened, head) = (read?.0, read?.1)
        file = opened?.file
        runs = opened.map { PieceRuns($0.file) }
        entries = opened?.entries ?? [:]
        checkInputs = head?.checkInputs
        strings = opened?.strings ?? []
        table = (strings.count, opened?.tableParts ?? [], opened?.freshCount ?? 0)
        usedBytes = opened?.usedBytes ?? 0
        numbers = head.map { build.search.numbering($0.words) } ?? .none
        // Filled from every core at once, under the lock: grown once here, not while the others wait.
        pages.reserveCapacity(build.prints.count)
        reused.reserveCapacity(entries.count)
    }

    /// How many pages this build took from the cache.
    var kept: Int { lock.withLock { reused.count } }

    func reuse(_ file: String, original: ContentPage?) -> (ContentPage?, [Diagnostic])? {
        guard let entry = entries[file], let print = build.prints[file] else { return nil }
        let key = original.map { ContentPage.fingerprint(ofTranslation: print, original: $0.sourceFingerprint) } ?? print
        guard entry.key == key, let kept = try? read(entry.piece), kept.page.sourceFingerprint == key,
            kept.page.file == file
        else { return nil }
        guard build.staging.keep(kept.record.files.paths, page: key) else { return nil }
        let wordsAsKept = build.search.add(
            kept.page, entry: build.searchEntry(kept.page), keptWords: kept.words[...], numbers: numbers)
        build.written.add(kept.record.files.count)
        lock.withLock {
            pages[file] = kept.record
            reused[file] = Reused(
                page: kept.page, body: entry.piece, record: kept.record, wordsAsKept: wordsAsKept, listing: kept.listing)
        }
        return (kept.page, kept.record.diagnostics)
    }

    /// What lists of pages show of each page this build took from the cache (`ContentPage.listingFingerprint`), by
    /// its file, as it was stored: the same page, so not worked out again.
    var listings: [String: Fingerprint] { lock.withLock { reused.mapValues(\.listing) } }

    /// Lets go of where the pages are in the file, and of its table of repeated text (the pages hold what they use of
    /// it), once every page is loaded and none is asked for again.
    func letGo() {
        entries = [:]
        strings = []
        runs?.letGo()
    }

    func loaded(_ page: ContentPage, diagnostics: [Diagnostic]) {
        lock.withLock { pages[page.file, default: Record()].diagnostics = diagnostics }
    }

    /// The files a page's visit made (their paths in the site): a page with none is not kept.
    func made(_ files: [String], from page: ContentPage) {
        let files = MadeFiles(files)
        lock.withLock { pages[page.file, default: Record()].files = files }
    }

    /// What the checks found of `page` when the last build checked it, if this build took it from the cache and its
    /// checks read the same as the last build's (`inputs`, `ContentChecks.pageInputs`).
    func checks(of page: ContentPage, inputs: Fingerprint) -> [Diagnostic]? {
        guard inputs == checkInputs else { return nil }
        return lock.withLock { reused[page.file] != nil ? pages[page.file]?.checks : nil }
    }

    /// What this build's checks found of each page (by its file), and what they read besides the pages.
    func checked(_ problems: [(file: String, found: [Diagnostic])], inputs: Fingerprint) {
        lock.withLock {
            for (file, found) in problems { pages[file, default: Record()].checks = found }
            checkedInputs = inputs
        }
    }

    /// Keeps this build's pages for the next build, in place of what was kept.
    ///
    /// They are `content`'s, with their words from `search`, before it lets them go. Nothing is lost when it cannot be
    /// written: the next build loads every page.
    func save(_ content: SiteContent, base: Fingerprint, in folder: String) {
        let words = build.search.keptTerms
        let (made, checkedInputs, reused) = lock.withLock { (pages, self.checkedInputs, self.reused) }
        var stored = (content.allPages + content.translations).filter { made[$0.file]?.files.isEmpty == false }
        // In the content's order, which is the files' for the most part: sorted only when it is not.
        if !stored.indices.dropFirst().allSatisfy({ stored[$0 - 1].file < stored[$0].file }) {
            stored.sort { $0.file < $1.file }
        }
        // The table read, with new text numbered after it; or, once it has grown by more than a quarter (and 1,024
        // texts) since it was made afresh, a new one.
        let afresh = table.count > table.freshCount + max(1024, table.freshCount / 4)
        let kept = afresh ? (count: 0, parts: [], freshCount: 0) : table
        let numbering = StringNumbering(from: kept.count)
        // Where each page taken from the file unchanged is in it; the words of the others, which are stored anew.
        let asRead = stored.map { page in
            afresh ? nil : unchanged(page, made[page.file] ?? Record(), reused: reused[page.file])
        }
        let pageWords = build.search.keptWords(of: zip(stored, asRead).filter { $0.1 == nil }.map(\.0))
        let head = { (head: inout ByteWriter) in
            head.add(bytes: Self.header)
            head.add(base)
            head.add(checkedInputs) { $0.add($1) }
            head.add(words) { $0.add($1) }
        }
        // A page at a time, in order: the whole file is never in memory. Those taken from the file unchanged are kept
        // where they are or copied from it as they are, a run at a time; the rest are stored in order, so that their
        // text is numbered the same way by every build.
        do {
            // Added to the end of the file read when it keeps the pages it has where they are (the table kept, the
            // kept pages' words numbered as it numbers them) and what no version uses would not pass half of what the
            // last uses; otherwise written afresh.
            let writing = try PagesFile.Writing.next(
                folder + "/" + Self.fileName, after: file, used: usedBytes, mayAppend: !afresh && numbers.areUnchanged,
                pieces: stored.count, head: head)
            for (page, piece) in zip(stored, asRead) {
                if let piece {
                    try writing.copy(page.file, key: page.sourceFingerprint, piece)
                } else {
                    let words = pageWords[SearchCollector.keptKey(page)] ?? []
                    try writing.add(
                        page.file, key: page.sourceFingerprint,
                        entry: entry(page, made[page.file] ?? Record(), words: words, numbering: numbering))
                }
            }
            // The table: the file's parts kept as they are, then the new text, in parts of at most `tablePart` texts;
            // how long it was when last made afresh (now, when it starts anew).
            for part in kept.parts { try writing.copyPart(part) }
            let added = numbering.strings
            for start in stride(from: 0, to: added.count, by: Self.tablePart) {
                var part = ByteWriter()
                part.add(Array(added[start..<min(start + Self.tablePart, added.count)])) { $0.add($1) }
                try writing.addPart(part.bytes)
            }
            try writing.finish(
                tableCount: kept.count + added.count, freshCount: kept.count == 0 ? added.count : kept.freshCount)
        } catch {
            try? FileSystem.remove(folder + "/" + Self.fileName)
        }
    }

    /// Where a page taken from the file is in it, when its entry is what storing it again would give: the page is the
    /// one read, unchanged; what was kept with it is the same; and its words were taken as they were kept.
    private func unchanged(_ page: ContentPage, _ made: Record, reused: Reused?) -> PagesFile.Piece? {
        guard let reused, numbers.areUnchanged, page.isUnchangedCopy(of: reused.page), made == reused.record,
            reused.wordsAsKept
        else { return nil }
        return reused.body
    }

    /// One page's entry (`read(_:)`), its repeated text numbered by `numbering`; the index holds its file and what it
    /// was made from.
    private func entry(
        _ page: ContentPage, _ made: Record, words pageWords: ArraySlice<UInt32>, numbering: StringNumbering
    ) -> [UInt8] {
        var body = ByteWriter()
        body.numbering = numbering
        page.store(into: &body)
        body.add(made.diagnostics) { $1.store(into: &$0) }
        body.add(made.checks) { $1.store(into: &$0) }
        made.files.store(into: &body)
        body.add(fixedWidth: pageWords)
        body.add(page.listingFingerprint)
        return body.bytes
    }

    /// The file, open, with where each page is in it, what the checks read and its words; nil when it is not there,
    /// not one this program wrote for `base`, or not as it was written (`PiecesFile`).
    private static func read(_ path: String, base: Fingerprint) -> (
        PagesFile.Opened, (checkInputs: Fingerprint?, words: [String])
    )? {
        let opens = { (reader: inout ByteReader) throws -> Bool in
            try reader.run().elementsEqual(header) && reader.fingerprint() == base
        }
        return PagesFile.open(path, if: opens) { head in
            (try head.optional { try $0.fingerprint() }, try head.list { try $0.string() })
        }
    }

    private func read(_ body: PagesFile.Piece) throws -> Kept {
        guard let runs else { throw ByteReader.Malformed() }
        let bytes = try runs.read(body)
        var reader = ByteReader(bytes[...])
        reader.numbered = strings
        let page = try ContentPage(stored: &reader, languages: build.languages)
        let diagnostics = try reader.list { try Diagnostic(stored: &$0) }
        let checks = try reader.list { try Diagnostic(stored: &$0) }
        let files = try MadeFiles(stored: &reader, in: bytes)
        let words = try reader.fixedWidth()
        let listing = try reader.fingerprint()
        guard reader.isAtEnd else { throw ByteReader.Malformed() }
        return Kept(
            page: page, record: Record(diagnostics: diagnostics, checks: checks, files: files), words: words, listing: listing)
    }
}
