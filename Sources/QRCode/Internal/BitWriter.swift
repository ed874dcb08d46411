/// Bits written into bytes, most significant first.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    /// Bits written.
    private(set) var count = 0
    /// The bits written last, in the low bits: those not yet in `bytes` (fewer than 8 between writes) among them.
    private var pending: UInt64 = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes the low `bits` bits of `value` (at most 16).
    mutating func append(_ value: Int, bits: Int) {
        pending = pending << UInt64(bits) | UInt64(value & ((1 << bits) - 1))
        count += bits
        var waiting = count - bytes.count * 8  // the bits of `pending` not yet in `bytes`
        while waiting >= 8 {
            waiting -= 8
            bytes.append(UInt8(truncatingIfNeeded: pending >> UInt64(waiting)))
        }
    }
}
