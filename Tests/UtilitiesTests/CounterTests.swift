import Testing

@testable import Utilities

/// A count that threads share: what they add is all there, and each `take` is handed a number no other is.
struct CounterTests {
    @Test func threadsAddEverything() {
        let counter = Counter()
        _ = Parallel.map(Array(1...1000)) { counter.add($0) }
        #expect(counter.value == 500_500)
    }

    @Test func eachTakeIsADifferentNumberFromNothingUp() {
        let counter = Counter()
        let taken = Parallel.map(Array(0..<2000)) { _ in counter.take() }
        #expect(taken.sorted() == Array(0..<2000))
        #expect(counter.value == 2000)
    }
}
