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
        let timeout = Int(self.timeout * 1000)
        for _ in 0..<min(concurrency, urls.count) {
            workers.enter()
            Thread {
                while case let index = next.take(), index < urls.count {
                    switch WebRequests.head(urls[index], timeoutMilliseconds: timeout) {
                    case .failure(let failure): problems.set(index, "it did not answer (\(failure.reason))")
                    case .success(let status) where status >= 400 && status != 405:
                        problems.set(index, "it answered \(status)")
                    case .success: break
                    }
                }
                workers.leave()
            }.start()
        }
        workers.wait()
        var found: [Diagnostic] = []
        for (index, address) in urls.enumerated() {
            guard let problem = problems.get(index) else { continue }
            for location in places[address] ?? [] {
                found.append(
                    .warning(
                        "the link `\(address)` may be broken: \(problem)", at: location,
                        hint: "open it in a browser; if the page has moved, link to its new address"))
            }
        }
        return found
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// Results written from the threads that ask.
private final class ResultBox: @unchecked Sendable {
    private var items: [String?]
    private let lock = Lock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { items[index] = value } }
    func get(_ index: Int) -> String? { lock.withLock { items[index] } }
}
