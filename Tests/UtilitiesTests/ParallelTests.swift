import Testing

@testable import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// Work spread over the cores: results in order, both halves of a pair run, and `run` returns only once the work it
/// runs meanwhile is done.
struct ParallelTests {
    @Test func keepsInputOrder() {
        let input = Array(0..<10_000)
        #expect(Parallel.map(input) { $0 * 2 } == input.map { $0 * 2 })
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
        #expect(Parallel.map([3]) { $0 + 1 } == [4])
    }

    /// Results that are references (strings of more than fifteen bytes, arrays) are each held once, in their place.
    @Test func keepsResultsThatHoldStorage() {
        let input = Array(0..<2_000)
        let made = Parallel.map(input) { number in ("guides/section/guide-number-\(number).md", Array(0..<(number % 7))) }
        #expect(made.map(\.0) == input.map { "guides/section/guide-number-\($0).md" })
        #expect(made.map(\.1) == input.map { Array(0..<($0 % 7)) })
        #expect(
            Parallel.map(["a long enough path/to be stored apart", "b"]) { $0 + "!" } == [
                "a long enough path/to be stored apart!", "b!",
            ])
    }

    /// Both halves run, each may run in parallel itself, and each result comes back in its place.
    @Test func runsTwoThingsAtOnce() {
        let (sum, words) = Parallel.pair(
            { Parallel.map(Array(1...100)) { $0 }.reduce(0, +) }, { ["easy", "read"].joined(separator: " ") })
        #expect(sum == 5050)
        #expect(words == "easy read")
    }

    /// Pairs asked for from inside a map that holds every worker, and pairs inside pairs, all finish with their results
    /// in place: a half no worker has started is run by the caller, which never waits for a worker that may not come.
    @Test func pairsFinishWhenEveryWorkerIsBusy() {
        let made = Parallel.map(Array(0..<256)) { number in
            Parallel.pair({ number * 2 }, { Parallel.pair({ number * 3 }, { "\(number)" }) })
        }
        #expect(made.map(\.0) == (0..<256).map { $0 * 2 })
        #expect(made.map(\.1.0) == (0..<256).map { $0 * 3 })
        #expect(made.map(\.1.1) == (0..<256).map { "\($0)" })
    }

    /// The work left to whichever half of a pair is done first runs once, after one half's own work (and before the
    /// pair returns), whichever half is the slower.
    @Test(arguments: [true, false])
    func theWorkLeftToEitherHalfRunsOnceAfterAHalfIsDone(firstIsSlow: Bool) {
        for round in 0..<20 {
            let (runs, done, doneBefore) = (Counter(), Counter(), Counter())
            let (first, second) = Parallel.pair(
                {
                    if firstIsSlow { usleep(2_000) }
                    done.add(1)
                    return round
                },
                {
                    if !firstIsSlow { usleep(2_000) }
                    done.add(1)
                    return "\(round)"
                },
                thenEither: {
                    runs.add(1)
                    doneBefore.add(done.value)
                })
            #expect(first == round && second == "\(round)")
            #expect(runs.value == 1)
            #expect(doneBefore.value >= 1)
        }
    }

    /// `run` hands back what its body made, and only once what it runs meanwhile (itself in parallel) is done.
    @Test func runReturnsOnceTheWorkMeanwhileIsDone() {
        for round in 0..<50 {
            let meanwhile = Counter()
            let made = Parallel.run(meanwhile: { _ = Parallel.map(Array(1...200)) { meanwhile.add($0) } }) {
                Parallel.map(Array(0..<100)) { $0 + round }
            }
            #expect(made == (0..<100).map { $0 + round })
            #expect(meanwhile.value == 20_100)
        }
    }

    /// What the body throws comes back, once the work meanwhile is done.
    @Test func runPassesOnWhatTheBodyThrows() {
        struct Failure: Error {}
        let meanwhile = Counter()
        #expect(throws: Failure.self) {
            try Parallel.run(meanwhile: { meanwhile.add(1) }) { throw Failure() }
        }
        #expect(meanwhile.value == 1)
    }
}
