import Content
import Utilities

/// One file of the site: where it goes, and how to make it (called once, on the thread that writes it).
public struct FileJob: Sendable {
    public let path: String
    /// Hands the file's text over in pieces, in order: a large page (the health report, the sitemap) a row at a time.
    let produce: @Sendable (_ emit: (String) -> Void) -> Void
    /// What the file is made from, beyond the templates and the content folder's settings, pictures and file names,
    /// and its service records (whole, or for `.page` and `.record` only what every page sees of them): the build
    /// cache makes the file again only when that has changed.
    var inputs: Inputs = .wholeSite

    /// What a file is made from, as the build cache keys it.
    enum Inputs: Sendable, Hashable {
        /// One page's file (and, for a translation, its English page's): the files made while the content loads, when
        /// no other page is known yet.
        case page(Fingerprint)
        /// What it shows of the pages, fingerprinted where what it shows is worked out (the guides a service's page
        /// links to, the guides of a section, the sections' titles): the directory of services, the sections' pages,
        /// the kiosk's start and topics, which are made once every page is loaded, but show little of them; and
        /// what shows nothing of them (`showsNoPage`: the feed of services, the 404 page).
        case shown(Fingerprint)
        /// One service record (the fingerprint of the bytes it was read from) and what its pages show of the guides: a
        /// service's own pages and its file of the feed, which show nothing of the other records but what every page
        /// sees of them (`ContentFolder.servicesAsPagesSeeThem`), so their key starts from the page base, as a page's
        /// files' does, and an edit of one record makes only its own files again.
        case record(Fingerprint)
        /// What lists of pages show of every page (`ContentPage.listingFingerprint`: all but what its body says), and
        /// the day of the build: the A to Z, the sitemap, the leaflet register.
        case listing
        /// Anything in the content: every page, and the day of the build.
        case wholeSite
    }

    init(path: String, make: @escaping @Sendable () -> String) {
        self.path = path
        produce = { emit in emit(make()) }
    }

    init(path: String, pieces: @escaping @Sendable (_ emit: (String) -> Void) -> Void) {
        self.path = path
        produce = pieces
    }

    /// The same file under `folder` (the kiosk's pages go under `kiosk/`).
    func under(_ folder: String) -> FileJob {
        var job = FileJob(path: folder + path, pieces: produce)
        job.inputs = inputs
        return job
    }

    /// The same file, made from `page` alone (with the templates and the content folder's settings).
    func made(from page: ContentPage) -> FileJob {
        var job = self
        job.inputs = .page(page.sourceFingerprint)
        return job
    }

    /// The same file, made from what it shows of the pages (`shown`, nothing for the feed of services), the templates
    /// and the content folder's settings, services and pictures.
    func showing(_ shown: Fingerprint) -> FileJob {
        var job = self
        job.inputs = .shown(shown)
        return job
    }

    /// The same file, made from one service record (`print`, the fingerprint of the bytes it was read from) and what
    /// it shows of the guides (`shown`); without `print` (a build with no cache), from what it shows (`showing(_:)`).
    func made(fromRecord print: Fingerprint?, showing shown: Fingerprint) -> FileJob {
        guard let print else { return showing(shown) }
        var made = Fingerprinter()
        made.add(print)
        made.add(shown)
        var job = self
        job.inputs = .record(made.finish())
        return job
    }

    /// The same file, made from what lists of pages show of every page (`Inputs.listing`).
    func listing() -> FileJob {
        var job = self
        job.inputs = .listing
        return job
    }

    /// What a file that shows nothing of the pages is made from (`showing(_:)`).
    static let showsNoPage = Fingerprinter().finish()

    /// The whole text, for `signpost serve`, which keeps pages in memory.
    public func make() -> String {
        var text = ""
        produce { text += $0 }
        return text
    }
}
