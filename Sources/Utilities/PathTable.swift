/// Values by path, for the tens of thousands of files of a site: the paths' bytes end to end in one array, found
/// through an open-addressed index, instead of a string and a hash-table entry apiece.
///
/// A site of 10,000 guides has some 65,000 files; a `[String: Value]` of them holds 65,000 strings of about 90 bytes,
/// each its own allocation, and a table twice their number. This holds the bytes, an end and a value for each path,
/// and four bytes a slot of its index.
///
/// Paths keep the order they were first added in, removed ones left out (`forEach`, `paths`).
///
/// Its code is inlinable, so that a table of another module's values is made for them there: a generic call across
/// modules looks the value type up at every call.
public struct PathTable<Value> {
    /// Every path added, end to end; `ends[i]` is where the `i`th ends.
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var ends: [Int] = []
    /// The `i`th path's value; nil once it is removed (its path stays, so it keeps its place).
    @usableFromInline var values: [Value?] = []
    /// For each slot, the number of the path there plus one, or 0 for an empty slot; a power of two long.
    @usableFromInline var slots: [Int32]
    @usableFromInline var live = 0

    /// How many paths have a value.
    @inlinable public var count: Int { live }

    /// An empty table with room for `capacity` paths of `byteCapacity` bytes in all before it grows.
    @inlinable public init(capacity: Int = 0, byteCapacity: Int = 0) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        bytes.reserveCapacity(byteCapacity)
        ends.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The bytes of every path added, the removed ones too: the room a table of the same paths needs.
    @inlinable public var byteCount: Int { bytes.count }

    /// The value at `path`; setting nil removes it.
    @inlinable public subscript(path: String) -> Value? {
        get { Self.bytes(of: path) { value(atPathBytes: $0) } }
        set { Self.bytes(of: path) { set(newValue, atPathBytes: $0) } }
    }

    /// Sets the value at the path whose UTF-8 bytes are `path`: a path read back from a file, not made a string.
    @inlinable public mutating func set(_ value: Value?, atPathBytes path: ArraySlice<UInt8>) {
        path.withUnsafeBufferPointer { set(value, atPathBytes: $0) }
    }

    /// The value at the path whose UTF-8 bytes are `path`.
    @inlinable public func value(atPathBytes path: UnsafeBufferPointer<UInt8>) -> Value? {
        find(path).number.map { values[$0] } ?? nil
    }

    /// Sets the value at the path whose UTF-8 bytes are `key`; nil removes it.
    @inlinable public mutating func set(_ value: Value?, atPathBytes key: UnsafeBufferPointer<UInt8>) {
        let (number, slot) = find(key)
        if let number {
            if values[number] == nil && value != nil { live += 1 }
            if values[number] != nil && value == nil { live -= 1 }
            values[number] = value
        } else if let value {
            add(key, value, at: slot)
        }
    }

    /// Removes the value at `path`, and returns it (the path is looked up once).
    @discardableResult @inlinable
    public mutating func removeValue(forPath path: String) -> Value? {
        Self.bytes(of: path) { key in
            guard let number = find(key).number, let value = values[number] else { return nil }
            values[number] = nil
            live -= 1
            return value
        }
    }

    /// Each path and its value, in the order the paths were added.
    @inlinable public func forEach(_ body: (String, Value) throws -> Void) rethrows {
        for number in values.indices {
            if let value = values[number] { try body(path(number), value) }
        }
    }

    /// Each path's UTF-8 bytes and its value, in the order the paths were added, without making strings of them.
    @inlinable public func forEachPathBytes(_ body: (UnsafeBufferPointer<UInt8>, Value) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { bytes in
            for number in values.indices {
                if let value = values[number] { try body(UnsafeBufferPointer(rebasing: bytes[range(number)]), value) }
            }
        }
    }

    /// Every path with a value, in the order they were added.
    @inlinable public var paths: [String] {
        var paths: [String] = []
        paths.reserveCapacity(count)
        forEach { path, _ in paths.append(path) }
        return paths
    }

    /// Every path's number, in the order they were added, the removed ones too: for work on each path in parallel.
    @inlinable public var numbers: Range<Int> { values.indices }

    /// The value of the path numbered `number`, nil when it is removed.
    @inlinable public func value(number: Int) -> Value? {
        values[number]
    }

    /// The path numbered `number`.
    @inlinable public func path(number: Int) -> String {
        path(number)
    }

    /// `body` given the UTF-8 bytes of the path numbered `number`, without making a string of them.
    @inlinable public func withPathBytes<Result>(
        number: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range(number)])) }
    }

    /// The number of the path (when it is in the table) and the slot it is in, or the empty slot it would go in.
    @inlinable func find(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int?, slot: Int) {
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

    @inlinable mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ value: Value, at slot: Int) {
        bytes.append(contentsOf: key)
        ends.append(bytes.count)
        values.append(value)
        live += 1
        slots[slot] = Int32(truncatingIfNeeded: ends.count)
        if ends.count * 4 > slots.count * 3 { grow() }
    }

    /// Doubles the index, once it is three quarters full.
    @inlinable mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in ends.indices {
            var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range(number)])) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number + 1)
        }
    }

    @inlinable func range(_ number: Int) -> Range<Int> {
        (number == 0 ? 0 : ends[number - 1])..<ends[number]
    }

    @inlinable func pathBytes(_ number: Int) -> ArraySlice<UInt8> {
        bytes[range(number)]
    }

    @inlinable func path(_ number: Int) -> String {
        String(decoding: pathBytes(number), as: UTF8.self)
    }

    @inlinable static func bytes<Result>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = path.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(path.utf8).withUnsafeBufferPointer(body)
    }

    @inlinable static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
    }

    /// The smallest power of two of at least 16 slots that holds `capacity` paths under three quarters full.
    @inlinable static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while capacity * 4 > count * 3 { count *= 2 }
        return count
    }
}

extension PathTable: Sendable where Value: Sendable {}
