import Content
import Diagnostics
import Foundation
import Utilities

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `signpost check --external`: asks every web address the pages link to, and every source, whether it is still there,
/// by a HEAD request with a short timeout, a few at a time.
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
    public func check(_ content: SiteContent) -> [Diagnostic] {
        check(Self.addresses(in: content))
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
    public func check(_ places: [String: [SourceLocation]]) -> [Diagnostic] {
        let urls = places.keys.sorted()
        let problems = ResultBox(count: urls.count)
        let session = URLSession(configuration: configuration)
        let slots = DispatchSemaphore(value: concurrency)
        let group = DispatchGroup()
        for (index, address) in urls.enumerated() {
            guard let url = URL(string: address) else {
                problems.set(index, "this is not a web address")
                continue
            }
            var request = URLRequest(url: url, timeoutInterval: timeout)
            request.httpMethod = "HEAD"
            slots.wait()
            group.enter()
            session.dataTask(with: request) { _, response, error in
                if let error {
                    problems.set(index, "it did not answer (\(error.localizedDescription))")
                } else if let status = (response as? HTTPURLResponse)?.statusCode, status >= 400, status != 405 {
                    problems.set(index, "it answered \(status)")
                }
                slots.signal()
                group.leave()
            }.resume()
        }
        group.wait()
        session.finishTasksAndInvalidate()
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

    private var configuration: URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 2
        configuration.httpMaximumConnectionsPerHost = concurrency
        return configuration
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }
}

/// Results written from URLSession's callbacks.
private final class ResultBox: @unchecked Sendable {
    private var items: [String?]
    private let lock = Lock()

    init(count: Int) { items = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String) { lock.withLock { items[index] = value } }
    func get(_ index: Int) -> String? { lock.withLock { items[index] } }
}
