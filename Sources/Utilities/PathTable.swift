/// Values by path, for the tens of thousands of files of a site: the paths' bytes end to end in one array, found
/// through an open-addressed index, instead of a string and a hash-table entry apiece.
///
/// A site of 10,000 guides has some 65,000 files; a `[String: Value]` of them holds 65,000 strings of about 90 bytes,
/// each its own allocation, and a table twice their number. This holds the bytes, an end and a value for each path,
/// and four bytes a slot of its index.
///
/// Paths keep the order they were first added in, removed ones left out (`forEach`, `paths`).
public struct PathTable<Value> {
    /// Every path added, end to end; `ends[i]` is where the `i`th ends.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// The `i`th path's value; nil once it is removed (its path stays, so it keeps its place).
    private var values: [Value?] = []
    /// For each slot, the number of the path there plus one, or 0 for an empty slot; a power of two long.
    private var slots: [Int32]
    public private(set) var count = 0

    /// An empty table with room for `capacity` paths of `byteCapacity` bytes in all before it grows.
    public init(capacity: Int = 0, byteCapacity: Int = 0) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        bytes.reserveCapacity(byteCapacity)
        ends.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The bytes of every path added, the removed ones too: the room a table of the same paths needs.
    public var byteCount: Int { bytes.count }

    /// The value at `path`; setting nil removes it.
    public subscript(path: String) -> Value? {
        get { Self.bytes(of: path) { find($0).number.map { values[$0] } } ?? nil }
        set { Self.bytes(of: path) { set(newValue, at: $0) } }
    }

    /// Sets the value at the path whose UTF-8 bytes are `path`: a path read back from a file, not made a string.
    public mutating func set(_ value: Value?, atPathBytes path: ArraySlice<UInt8>) {
        path.withUnsafeBufferPointer { set(value, at: $0) }
    }

    private mutating func set(_ value: Value?, at key: UnsafeBufferPointer<UInt8>) {
        let (number, slot) = find(key)
        if let number {
            if values[number] == nil && value != nil { count += 1 }
            if values[number] != nil && value == nil { count -= 1 }
            values[number] = value
        } else if let value {
            add(key, value, at: slot)
        }
    }

    /// Removes the value at `path`, and returns it.
    @discardableResult
    public mutating func removeValue(forPath path: String) -> Value? {
        let value = self[path]
        if value != nil { self[path] = nil }
        return value
    }

    /// Each path and its value, in the order the paths were added.
    public func forEach(_ body: (String, Value) throws -> Void) rethrows {
        for number in values.indices {
            if let value = values[number] { try body(path(number), value) }
        }
    }

    /// Every path with a value, in the order they were added.
    public var paths: [String] {
        var paths: [String] = []
        paths.reserveCapacity(count)
        forEach { path, _ in paths.append(path) }
        return paths
    }

    /// The number of the path (when it is in the table) and the slot it is in, or the empty slot it would go in.
    private func find(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return (nil, slot) }
                let found = range(entry - 1)
                if found.count == key.count && UnsafeBufferPointer(rebasing: bytes[found]).elementsEqual(key) {
                    return (entry - 1, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ value: Value, at slot: Int) {
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        values.append(value)
        count += 1
        slots[slot] = Int32(truncatingIfNeeded: ends.count)
        if ends.count * 4 > slots.count * 3 { grow() }
    }

    /// Doubles the index, once it is three quarters full.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in ends.indices {
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range(number)])) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number + 1)
        }
    }

    private func range(_ number: Int) -> Range<Int> {
        (number == 0 ? 0 : ends[number - 1])..<ends[number]
    }

    private func pathBytes(_ number: Int) -> ArraySlice<UInt8> {
        bytes[range(number)]
    }

    private func path(_ number: Int) -> String {
        String(decoding: pathBytes(number), as: UTF8.self)
    }

    private static func bytes<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }

    /// The smallest power of two of at least 16 slots that holds `capacity` paths under three quarters full.
    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while capacity * 4 > count * 3 { count *= 2 }
        return count
    }
}

extension PathTable: Sendable where Value: Sendable {}
