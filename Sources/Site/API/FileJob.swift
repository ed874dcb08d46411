import Utilities

/// One file of the site: where it goes, and how to make it (called once, on the thread that writes it).
public struct FileJob: Sendable {
    public let path: String
    /// Hands the file's text over in pieces, in order: a large page (the health report, the sitemap) a row at a time.
    let produce: @Sendable (_ emit: (String) -> Void) -> Void

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
        FileJob(path: folder + path, pieces: produce)
    }

    /// The whole text, for `signpost serve`, which keeps pages in memory.
    public func make() -> String {
        var text = ""
        produce { text += $0 }
        return text
    }
}
