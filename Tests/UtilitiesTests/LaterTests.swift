import Testing

@testable import Utilities

/// A value worked out on another core: made once, whoever asks first, and there for every caller.
struct LaterTests {
    @Test func theValueIsMadeOnceAndHandedToEveryCaller() {
        let made = Counter()
        let later = Later {
            made.add(1)
            return Parallel.map(Array(1...100)) { $0 }.reduce(0, +)
        }
        let seen = Parallel.map(Array(0..<64)) { _ in later.value }
        #expect(seen == Array(repeating: 5050, count: 64))
        #expect(later.value == 5050)
        #expect(made.value == 1)
    }

    /// Values asked for from inside a map that holds every worker are made by the caller when no worker has begun them:
    /// the caller never waits on a worker that may not come.
    @Test func valuesAskedForWhenEveryWorkerIsBusyAreMadeAll() {
        let values = Parallel.map(Array(0..<256)) { number in Later { "row \(number)" }.value }
        #expect(values == (0..<256).map { "row \($0)" })
    }
}
