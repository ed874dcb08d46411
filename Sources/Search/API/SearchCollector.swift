import Content
import Utilities

/// Gathers the words of every guide, page and service as the build reads them, for the search index of each
/// language (`index(in:)`).
///
/// Each page's words are counted once, from the text it was parsed into (`ContentPage.document.blocks`), while the
/// build still holds it; what is kept is, for each document, what its result shows and its words' numbers with their
/// weights (4 bytes a word). Pages may be added from several threads at once.
public final class SearchCollector: @unchecked Sendable {
    /// One guide, page or service, numbered in the order it arrived.
    struct Document {
        /// The language it is written in: nil for the site's own.
        var language: String?
        /// The order of kinds in the index: guides, then pages, easy read and services (what comes first in results
        /// of equal score).
        var kindOrder: Int
        /// Its English page's file (a translation's and its English page's are the same), or the service's id.
        var key: String
        var entry: SearchEntry
        /// Where its words are in `chunks`: each as `term << 8 | weight`, with `term` a number in `terms`.
        var chunk = 0, start = 0, count = 0
    }

    /// The words of every document, in blocks of a megabyte or more: each block is a mapping of its own (glibc maps
    /// blocks of 128 KB and over apart from its heap), so letting them go gives the memory back to the system, where
    /// small arrays, one a page, would be left scattered among the pages still held.
    private var chunks: [[UInt32]] = []
    private static let chunkSize = 1 << 18
    private static let serviceOrder = 3
    /// Words and documents are numbered in 24 bits (`term << 8 | weight`, and `document << 8 | weight` in `WordPostings`).
    static let wordLimit = 1 << 24

    private let lock = Lock()
    private var terms = TextNumbers(capacity: 1 << 16, byteCapacity: 1 << 19)
    private var documents: [Document] = []

    public init() {}

    /// Adds a guide, a page (not the home page) or an easy-read version; `entry` is what its result shows.
    public func add(_ page: ContentPage, entry: SearchEntry) {
        guard let kindOrder = Self.kindOrder(of: page) else { return }
        var weights = TermWeights()
        weights.add(page.frontMatter.title, as: .title)
        weights.add(page.frontMatter.summary, as: .summary)
        // Line by line: a word never runs on from one line to the next, so the words are those of `block.text`,
        // without joining the lines into it.
        for block in page.document.blocks {
            if case .heading = block.kind {
                for line in block.lines { weights.add(line, as: .heading) }
            } else {
                for line in block.lines { weights.addText(line) }
            }
        }
        add(
            Document(language: page.language?.code, kindOrder: kindOrder, key: page.sourcePath, entry: entry),
            weights: weights, halved: page.kind == .easyRead)
    }

    /// Adds a service of the directory (in the site's own language, as the directory is); `entry`'s section is its
    /// category, which each language's index puts after its own word for a service (`index(in:serviceLabel:)`).
    public func add(_ service: Service, entry: SearchEntry) {
        var weights = TermWeights()
        weights.add(service.name, as: .title)
        weights.add(service.summary, as: .summary)
        weights.add(service.category, as: .heading)
        for block in service.description?.document.blocks ?? [] {
            for line in block.lines { weights.addText(line) }
        }
        if let location = service.location { weights.addText(location.oneLine) }
        for language in service.languages { weights.addText(language.englishName + " " + language.ownName) }
        for line in service.accessibility { weights.addText(line) }
        add(
            Document(language: nil, kindOrder: Self.serviceOrder, key: "service:" + service.id, entry: entry),
            weights: weights, halved: false)
    }

    /// Adds a page as an earlier build weighed it (`keptWords(of:)`), its words numbered as `numbers` (from
    /// `numbering(_:)`) number the words that build kept.
    ///
    /// True when its words are taken as they were kept (numbered alike, none left out), so that storing them again
    /// would store the same.
    @discardableResult
    public func add(_ page: ContentPage, entry: SearchEntry, keptWords: ArraySlice<UInt32>, numbers: KeptWordNumbers)
        -> Bool
    {
        guard let kindOrder = Self.kindOrder(of: page) else { return false }
        var document = Document(language: page.language?.code, kindOrder: kindOrder, key: page.sourcePath, entry: entry)
        // Renumbered before the lock is taken: pages load on every core at once. Words numbered as they were are
        // taken as they are, once each is known to be one of the words kept.
        let known = numbers.numbers
        let asKept = numbers.areUnchanged && keptWords.allSatisfy({ Int($0 >> 8) < known.count })
        let words =
            asKept
            ? keptWords
            : ArraySlice(
                keptWords.compactMap { word -> UInt32? in
                    let kept = Int(word >> 8)
                    guard known.indices.contains(kept), known[kept] != Self.notNumbered else { return nil }
                    return known[kept] << 8 | word & 0xFF
                })
        lock.withLock {
            startChunk(for: words.count)
            (document.chunk, document.start) = (chunks.count - 1, chunks[chunks.count - 1].count)
            chunks[document.chunk].append(contentsOf: words)
            document.count = words.count
            documents.append(document)
        }
        return asKept
    }

    /// This collector's numbers for the words an earlier build kept (`keptTerms`), numbering those it has not seen.
    public func numbering(_ words: [String]) -> KeptWordNumbers {
        KeptWordNumbers(lock.withLock { words.map { number($0) ?? Self.notNumbered } })
    }

    /// Every word, as a build keeps them for the next: the words of `keptWords(of:)` are numbers in it.
    public var keptTerms: [String] { lock.withLock { terms.texts } }

    /// The words of each of `pages` (guides, pages and easy-read versions added to this collector), as a build keeps
    /// them for the next (`add(_:entry:keptWords:numbers:)`), by the page's key (`keptKey(_:)`): `word << 8 | weight`,
    /// with `word` a number in `keptTerms`.
    ///
    /// Only the pages asked for: a build stores again only the pages it did not take from the cache unchanged.
    public func keptWords(of pages: [ContentPage]) -> [String: ArraySlice<UInt32>] {
        guard !pages.isEmpty else { return [:] }
        let wanted = Set(pages.map(\.sourcePath))
        return lock.withLock {
            var words: [String: ArraySlice<UInt32>] = [:]
            for document in documents where document.kindOrder != Self.serviceOrder && wanted.contains(document.key) {
                words[Self.keptKey(document.key, language: document.language)] =
                    chunks[document.chunk][document.start..<(document.start + document.count)]
            }
            return words
        }
    }

    /// A page's key in `keptWords(of:)`: its English page's file and its language.
    public static func keptKey(_ page: ContentPage) -> String { keptKey(page.sourcePath, language: page.language?.code) }

    private static func keptKey(_ path: String, language: String?) -> String { (language ?? "") + "|" + path }

    static let notNumbered = UInt32.max

    /// The order of kinds in the index, or nil for the home page, which is not in it.
    private static func kindOrder(of page: ContentPage) -> Int? {
        switch page.kind {
        case .home: nil
        case .guide: 0
        case .page: 1
        case .easyRead: 2
        }
    }

    /// The number of `term`, numbering it when it is new; nil past `wordLimit`.
    ///
    /// The lock is held.
    private func number(_ term: String) -> UInt32? {
        var term = term
        return term.withUTF8 { number($0) }
    }

    /// The number of the word whose UTF-8 bytes are `term`, numbering it when it is new; nil past `wordLimit`.
    ///
    /// The lock is held.
    private func number(_ term: UnsafeBufferPointer<UInt8>) -> UInt32? {
        // A word is numbered in 24 bits: past 16 million different words, new ones are not indexed.
        terms.number(term, limit: Self.wordLimit)
    }

    /// Makes sure the last chunk has room for `count` more words.
    ///
    /// The lock is held.
    private func startChunk(for count: Int) {
        if chunks.isEmpty || chunks[chunks.count - 1].count + count > chunks[chunks.count - 1].capacity {
            var chunk: [UInt32] = []
            chunk.reserveCapacity(max(Self.chunkSize, count))
            chunks.append(chunk)
        }
    }

    private func add(_ document: Document, weights: TermWeights, halved: Bool) {
        lock.withLock {
            var document = document
            startChunk(for: weights.count)
            (document.chunk, document.start) = (chunks.count - 1, chunks[chunks.count - 1].count)
            weights.forEachWeight(halved: halved) { term, weight in
                guard let number = number(term) else { return }
                chunks[document.chunk].append(number << 8 | UInt32(min(weight, 255)))
            }
            document.count = chunks[document.chunk].count - document.start
            documents.append(document)
        }
    }

    /// The index of one language's edition (nil: the site's own language): its own pages, then, for another language,
    /// the site's pages not translated into it and the services, each marked as in English.
    ///
    /// Documents are numbered by kind, then path, whatever order they arrived in. `serviceLabel` is the language's word
    /// for a service, put before each service's category.
    public func index(in language: SiteLanguage?, serviceLabel: String) -> SearchIndex {
        lock.withLock {
            let code = language?.code
            let translated = Set(documents.filter { $0.language == code }.map(\.key))
            var chosen = documents.indices.filter { arrival in
                let document = documents[arrival]
                return document.language == code
                    || (code != nil && document.language == nil && !translated.contains(document.key))
            }
            chosen.sort { (documents[$0].kindOrder, documents[$0].key) < (documents[$1].kindOrder, documents[$1].key) }
            return SearchIndex(
                entries: chosen.map { arrival in
                    var entry = documents[arrival].entry
                    if documents[arrival].kindOrder == Self.serviceOrder { entry.section = serviceLabel + ": " + entry.section }
                    return (entry, documents[arrival].language == nil && code != nil)
                },
                documentWords: chosen.map { arrival in
                    let document = documents[arrival]
                    return chunks[document.chunk][document.start..<(document.start + document.count)]
                }, terms: terms.texts)
        }
    }

    /// Lets go of everything gathered, once every language's index is written.
    public func removeAll() {
        lock.withLock {
            terms = TextNumbers(capacity: 0)
            documents = []
            chunks = []
        }
    }
}
