import Dispatch

/// A value worked out on one of libdispatch's workers, begun as soon as it is made, for a caller that needs it only
/// later: the health report's rows the last build made, read while the pages load.
///
/// `value` waits for it; when no worker has begun it by then (every worker busy), the caller works it out, as
/// `Parallel.pair` does, so it never waits on a worker that may not come.
public final class Later<Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    /// The work, until the worker or a caller takes it.
    private let waiting: Waiting<Value>
    /// What it made, once made; changed only with `lock` held.
    private var made: Value?
    /// Entered as it is made, and left once, by whichever thread made the value, once it is made: a caller that finds
    /// the work taken (by the worker, or by another caller) waits on it.
    private let done = DispatchGroup()

    public init(_ work: @escaping @Sendable () -> Value) {
        waiting = Waiting(work)
        done.enter()
        DispatchQueue.global().async { self.runIfNotTaken() }
    }

    /// The value, once worked out.
    public var value: Value {
        if let made = lock.withLock({ made }) { return made }
        if let value = runIfNotTaken() { return value }
        done.wait()
        guard let made = lock.withLock({ made }) else {
            preconditionFailure("the group is left only once the value is made")
        }
        return made
    }

    /// Works the value out when neither the worker nor a caller has taken the work yet; nil when one has.
    @discardableResult
    private func runIfNotTaken() -> Value? {
        guard let taken = waiting.take() else { return nil }
        let value = taken()
        lock.withLock { made = value }
        done.leave()
        return value
    }
}
