import Dispatch
import Synchronization

/// Work spread over every core, with results in input order so output stays deterministic.
public enum Parallel {
    /// `items.map(transform)`, run in parallel.
    ///
    /// Each result is put straight into its place in the array returned, made at its full size: no second array of
    /// results is made and copied (10,000 report rows or 96,000 files' identities are held once, not twice).
    ///
    /// A worker takes the next few items as it finishes the last (`NextItems`), so the cores finish together: with
    /// the items dealt out in equal shares beforehand, a core that drew the longer pages worked on alone at the end.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let workers = min(items.count, ProcessInfoCores.count)
        // A few items at a time: one at a time would make each worker wait on the others for very short work (a
        // file's identity), and many at a time leave one worker alone at the end with the last of them.
        let next = NextItems(step: max(1, min(64, items.count / (workers * 256))))
        return Array(unsafeUninitializedCapacity: items.count) { buffer, initialized in
            guard let start = buffer.baseAddress else { return }  // there is room for two or more
            let places = Places(start: start)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let taken = next.take(below: items.count) {
                    for index in taken { places.put(transform(items[index]), at: index) }
                }
            }
            // Every index below the count was taken by exactly one worker, and all have finished.
            initialized = items.count
        }
    }

    /// Runs `first` and `second` at the same time (each may run in parallel itself), and returns what both made.
    ///
    /// `first` runs on the caller's thread and `second` on one of libdispatch's workers, not as two iterations of
    /// `concurrentPerform`: libdispatch divides the cores among the iterations of a `concurrentPerform`, so a
    /// `map` inside either half would run on one core alone on a machine of two (and a half that finishes first
    /// would leave its core idle while the other worked through its `map` one item at a time). When no worker has
    /// started `second` by the time `first` is done (every worker busy), the caller runs it: it never waits on a
    /// worker that may not come.
    public static func pair<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let seconds = ResultSlots<B>(count: 1)
        // `run` returns only once `second` has run, so nothing holds it after.
        let made = withoutActuallyEscaping(second) { second in run(meanwhile: { seconds.set(0, second()) }, first) }
        guard let other = seconds.values().first else {
            preconditionFailure("the second half was taken by the worker or the caller, and both wait for it to end")
        }
        return (made, other)
    }

    /// Runs `first` and `second` as `pair` does, and `last` by whichever of the two finishes first.
    ///
    /// `last` is work that neither needs, given to the core that would otherwise wait for the other (which half
    /// finishes first changes with the size of the site). Returns once all three are done.
    public static func pair<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B, thenEither last: @Sendable () -> Void
    ) -> (A, B) {
        withoutActuallyEscaping(last) { last in
            let waiting = Waiting(last)
            return pair(
                {
                    let made = first()
                    waiting.take()?()
                    return made
                },
                {
                    let made = second()
                    waiting.take()?()
                    return made
                })
        }
    }

    /// Runs `body` on the caller's thread while `meanwhile` runs on one of libdispatch's workers.
    ///
    /// Returns what `body` made once both are done: for work that frees memory, say, beside work that makes more. When
    /// no worker has started `meanwhile` by the time `body` is done (every worker busy), the caller runs it: it never
    /// waits on a worker that may not come. `meanwhile` is held by `waiting` alone until the worker or the caller takes
    /// it; when the worker took it, `done` is waited for until its run ends.
    public static func run<R>(meanwhile: @escaping @Sendable () -> Void, _ body: () throws -> R) rethrows -> R {
        let waiting = Waiting(meanwhile)
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { waiting.take()?() }
        defer {
            if let work = waiting.take() { work() } else { done.wait() }
        }
        return try body()
    }
}

/// Work run by whichever takes it first: the worker it was sent to, or the caller once its own work is done
/// (`Parallel.run` and `Later`), or either half of a pair once its own is done (`Parallel.pair(_:_:thenEither:)`).
final class Waiting<R>: @unchecked Sendable {
    private let lock = Lock()
    private var work: (@Sendable () -> R)?

    init(_ work: @escaping @Sendable () -> R) {
        self.work = work
    }

    /// The work, to the first that asks; nil to any other.
    func take() -> (@Sendable () -> R)? {
        lock.withLock {
            defer { work = nil }
            return work
        }
    }
}

/// The items of a `Parallel.map` not yet taken: each worker takes the next `step` of them, until none are left.
private final class NextItems: Sendable {
    private let first = Atomic<Int>(0)
    private let step: Int

    init(step: Int) {
        self.step = step
    }

    /// The next items below `count` for one worker, or nil when every item has been taken.
    func take(below count: Int) -> Range<Int>? {
        let start = first.wrappingAdd(step, ordering: .relaxed).oldValue
        return start < count ? start..<min(start + step, count) : nil
    }
}

/// The room of the array `Parallel.map` makes: each place is filled by exactly one worker, and the array is used
/// only once all have finished.
private struct Places<R>: @unchecked Sendable {
    let start: UnsafeMutablePointer<R>

    func put(_ value: R, at index: Int) { (start + index).initialize(to: value) }
}

/// One slot a result, each written by exactly one worker; read only after all have finished.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: R) { slots[index] = value }

    func values() -> [R] { slots.compactMap { $0 } }
}

enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
            return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 4
        #endif
    }()
}

#if canImport(Glibc)
    import Glibc
#endif
