import Diagnostics
import Foundation

/// The open pages listening for edits, each by a stream of server-sent events.
actor LiveReloadHub {
    enum Event: Sendable {
        case reload
        case problems([Diagnostic])

        /// The event as the `text/event-stream` format writes it.
        var text: String {
            switch self {
            case .reload:
                return "event: reload\ndata: {}\n\n"
            case .problems(let problems):
                return "event: problems\ndata: \(Self.json(problems))\n\n"
            }
        }

        private static func json(_ problems: [Diagnostic]) -> String {
            let records = problems.map {
                [
                    "where": $0.location.description, "severity": $0.severity.rawValue, "message": $0.message,
                    "hint": $0.hint ?? "",
                ]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(records)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        }
    }

    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    /// A new listener's stream, starting with `first` if given.
    func subscribe(first: Event?) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = nextID
        nextID += 1
        listeners[id] = continuation
        continuation.yield(": connected\n\n")
        if let first { continuation.yield(first.text) }
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    func send(_ event: Event) {
        for continuation in listeners.values { continuation.yield(event.text) }
    }

    func finishAll() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func remove(_ id: Int) {
        listeners[id] = nil
    }
}
