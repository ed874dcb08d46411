import Content
import Diagnostics
import Foundation
import Utilities

/// `signpost check --external`: asks every web address the pages link to, and every source, whether it is still there,
/// by a HEAD request with a short timeout, a few at a time (`WebRequests`).
///
/// Off by default: a build must work offline.
public struct ExternalLinkChecker: Sendable {
    public var timeout: TimeInterval
    /// Requests in flight at once.
    public var concurrency: Int

    public init(timeout: TimeInterval = 5, concurrency: Int = 8) {
        self.timeout = timeout
        self.concurrency = max(1, concurrency)
    }

    /// A warning for each link that does not answer, or answers with an error status.
    ///
    /// - Throws: `EnvironmentError` when libcurl, which asks them, cannot be loaded.
    public func check(_ content: SiteContent) throws -> [Diagnostic] {
        try check(Self.addresses(in: content))
    }

    /// Every web address the pages link to or name as a source, with where each is written.
    public static func addresses(in content: SiteContent) -> [String: [SourceLocation]] {
        var places: [String: [SourceLocation]] = [:]
        for page in content.allPages {
            for link in page.document.links where isWebAddress(link.destination) {
                places[link.destination, default: []].append(page.location(link.position))
            }
            for source in page.frontMatter.sources where isWebAddress(source.url) {
                places[source.url, default: []].append(page.fileLocation)
            }
        }
        return places
    }

    /// A warning at each place of each address that does not answer, or answers with an error status.
    ///
    /// - Throws: `EnvironmentError` when libcurl, which asks them, cannot be loaded.
    public func check(_ places: [String: [SourceLocation]]) throws -> [Diagnostic] {
        let urls = places.keys.sorted()
        guard !urls.isEmpty else { return [] }
        try WebRequests.load()
        let problems = ResultBox(count: urls.count)
        let next = Counter()
        // Each thread asks one address at a time, the next not yet taken: most of the time is spent waiting for answers.
        let workers = DispatchGroup()
        // In milliseconds, at least one (libcurl takes none as no limit), and at most an hour.
        let timeout = self.timeout.isFinite ? Int(min(max(self.timeout, 0.001), 3600) * 1000) : 5000
        for _ in 0..<min(max(1, concurrency), urls.count) {
            workers.enter()
            Thread {
                while case let index = next.take(), index < urls.count {
                    switch WebRequests.head(urls[index], timeoutMilliseconds: timeout) {
                    case .failure(let failure) where failure.notAnAddress:
                        problems.set(
                            index,
                            (
                                "the link `\(urls[index])` is not a web address that can be opened (\(failure.reason))",
                                "correct it: a web address starts `https://`, has no spaces, and names a site"
                            ))
                    case .failure(let failure):
                        problems.set(
                            index,
                            ("the link `\(urls[index])` may be broken: it did not answer (\(failure.reason))", Self.brokenHint))
                    case .success(let status) where status >= 400 && status != 405:
                        problems.set(index, ("the link `\(urls[index])` may be broken: it answered \(status)", Self.brokenHint))
                    case .success: break
                    }
                }
                workers.leave()
            }.start()
        }
        workers.wait()
        var found: [Diagnostic] = []
        for (index, address) in urls.enumerated() {
            guard let (problem, hint) = problems.get(index) else { continue }
            for location in places[address] ?? [] { found.append(.warning(problem, at: location, hint: hint)) }
        }
        return found
    }

    private static let brokenHint = "open it in a browser; if the page has moved, link to its new address"

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// What is wrong with each address, and how to fix it, written from the threads that ask.
private final class ResultBox: @unchecked Sendable {
    private var items: [(problem: String, hint: String)?]
    private let lock = Lock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: (problem: String, hint: String)) { lock.withLock { items[index] = value } }
    func get(_ index: Int) -> (problem: String, hint: String)? { lock.withLock { items[index] } }
}
