/// A count that threads add to.
public final class Counter: @unchecked Sendable {
    private let lock = Lock()
    private var count = 0

    public init() {}

    public func add(_ amount: Int) {
        lock.withLock { count += amount }
    }

    public var value: Int { lock.withLock { count } }

    /// Adds one, and says what the count was: each caller, on any thread, is handed a number no other is.
    public func take() -> Int {
        lock.withLock {
            defer { count += 1 }
            return count
        }
    }
}
