import Testing

@testable import Utilities

/// A value worked out on another core: made once, whoever asks first, and there for every caller.
struct LaterTests {
    /// Many callers at once, round after round: one of them (or the worker) makes the value, and every other waits for
    /// it, whoever took the work.
    @Test func theValueIsMadeOnceAndHandedToEveryCaller() {
        for round in 0..<200 {
            let made = Counter()
            let later = Later {
                made.add(1)
                return (1...(1000 + round)).reduce(0, +)
            }
            let seen = Parallel.map(Array(0..<16)) { _ in later.value }
            let sum = (1...(1000 + round)).reduce(0, +)
            #expect(seen == Array(repeating: sum, count: 16))
            #expect(later.value == sum)
            #expect(made.value == 1)
        }
    }

    /// Values asked for from inside a map that holds every worker are made by the caller when no worker has begun them:
    /// the caller never waits on a worker that may not come.
    @Test func valuesAskedForWhenEveryWorkerIsBusyAreMadeAll() {
        let values = Parallel.map(Array(0..<256)) { number in Later { "row \(number)" }.value }
        #expect(values == (0..<256).map { "row \($0)" })
    }
}
