#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Values by path, for the tens of thousands of files of a site: the paths' bytes end to end in one array, found
/// through an open-addressed index, instead of a string and a hash-table entry apiece.
///
/// A key is any UTF-8 text: the search index counts a page's words in one too, by their bytes, without making a
/// string of each.
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
    /// Whether keys are hashed with the seeded hash, after too many collided under the quick one.
    @usableFromInline var resistsFlooding = false

    /// How many paths have a value.
    @inlinable public var count: Int { live }

    /// An empty table with room for `capacity` paths of `byteCapacity` bytes in all before it grows.
    @inlinable public init(capacity: Int = 0, byteCapacity: Int = 0) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        bytes.reserveCapacity(byteCapacity)
        ends.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// A table of the paths of `other`, none of them with a value yet: it holds them in the same storage as `other`
    /// until a path is added, and each has the same number in both.
    ///
    /// For tables of much the same paths: the files of a site, of the site before it and of the one being made.
    @inlinable public init<Other>(pathsOf other: PathTable<Other>) {
        bytes = other.bytes
        ends = other.ends
        slots = other.slots
        resistsFlooding = other.resistsFlooding
        values = Array(repeating: nil, count: other.ends.count)
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
        let (number, slot, steps) = find(key)
        defer { distrustQuickHash(after: steps) }
        if let number {
            if values[number] == nil && value != nil { live += 1 }
            if values[number] != nil && value == nil { live -= 1 }
            values[number] = value
        } else if let value {
            add(key, value, at: slot)
        }
    }

    /// Changes the value at the key whose UTF-8 bytes are `key` in place, starting from `initial` when it has none (the
    /// key is looked up once).
    @inlinable public mutating func update(
        atPathBytes key: UnsafeBufferPointer<UInt8>, default initial: Value, _ body: (inout Value) -> Void
    ) {
        let (number, slot, steps) = find(key)
        defer { distrustQuickHash(after: steps) }
        guard let number else {
            var value = initial
            body(&value)
            add(key, value, at: slot)
            return
        }
        if values[number] == nil { live += 1 }
        var value = values[number] ?? initial
        body(&value)
        values[number] = value
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

    /// The number of `path`, when the table holds it (removed or not).
    @inlinable public func number(of path: String) -> Int? {
        Self.bytes(of: path) { number(ofPathBytes: $0) }
    }

    /// The number of the path whose UTF-8 bytes are `key`, when the table holds it (removed or not).
    @inlinable public func number(ofPathBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        find(key).number
    }

    /// Sets the value of the path numbered `number`; nil removes it.
    @inlinable public mutating func setValue(_ value: Value?, number: Int) {
        if values[number] == nil && value != nil { live += 1 }
        if values[number] != nil && value == nil { live -= 1 }
        values[number] = value
    }

    /// Removes the value of the path numbered `number`, and returns it.
    @discardableResult @inlinable
    public mutating func removeValue(number: Int) -> Value? {
        let value = values[number]
        setValue(nil, number: number)
        return value
    }

    /// Whether this table's first paths are `other`'s, in the same order: then a path of `other` has the same number in
    /// both (as in a table made from its paths, `init(pathsOf:)`, or from that table's, paths added or not).
    @inlinable public func numbersPaths<Other>(as other: PathTable<Other>) -> Bool {
        guard ends.count >= other.ends.count, bytes.count >= other.bytes.count else { return false }
        func starts(_ mine: UnsafeRawBufferPointer, with theirs: UnsafeRawBufferPointer) -> Bool {
            guard let start = mine.baseAddress, let other = theirs.baseAddress else { return theirs.isEmpty }
            return start == other || memcmp(start, other, theirs.count) == 0
        }
        return ends.withUnsafeBytes { mine in other.ends.withUnsafeBytes { starts(mine, with: $0) } }
            && bytes.withUnsafeBytes { mine in other.bytes.withUnsafeBytes { starts(mine, with: $0) } }
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

    /// The number of the path (when it is in the table) and the slot it is in, or the empty slot it would go in; and
    /// how many slots were passed on the way.
    @inlinable func find(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int?, slot: Int, steps: Int) {
        let mask = slots.count - 1
        var slot = hash(key) & mask
        var steps = 0
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return (nil, slot, steps) }
                let found = range(entry - 1)
                if found.count == key.count && UnsafeBufferPointer(rebasing: bytes[found]).elementsEqual(key) {
                    return (entry - 1, slot, steps)
                }
                slot = (slot + 1) & mask
                steps += 1
            }
        }
    }

    /// Moves the table to the seeded hash when a key was found, or placed, only after passing `longestProbe` slots:
    /// keys chosen to collide under the quick hash, or to crowd the slots a key is looked for in.
    @inlinable mutating func distrustQuickHash(after steps: Int) {
        guard steps > Self.longestProbe && !resistsFlooding else { return }
        resistsFlooding = true
        rehash(slotCount: slots.count)
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
        rehash(slotCount: slots.count * 2)
    }

    /// Puts every path in a new index of `slotCount` slots.
    @inlinable mutating func rehash(slotCount: Int) {
        slots = Array(repeating: 0, count: slotCount)
        let mask = slots.count - 1
        for number in ends.indices {
            var slot = bytes.withUnsafeBufferPointer { hash(UnsafeBufferPointer(rebasing: $0[range(number)])) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number + 1)
        }
    }

    /// How many slots a key may be looked for past its own before the table stops trusting the quick hash.
    ///
    /// Spread keys land up to about a hundred slots on at three quarters full (as many under SipHash); keys made to
    /// collide cost at most about this many steps each before the table moves to the seeded hash.
    @inlinable static var longestProbe: Int { 512 }

    /// The hash of a key: the quick one, until keys collide too much for it (`resistsFlooding`).
    @inlinable func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        resistsFlooding ? Self.seededHash(key) : Self.quickHash(key)
    }

    /// A multiply-and-fold hash of eight bytes at a time.
    ///
    /// A few nanoseconds for a word or a path, where the standard library's SipHash takes several times as long. Each
    /// step multiplies to 128 bits and folds the halves together, so every bit of the key reaches the low bits a slot
    /// is picked by. Keys can be made to collide under it, so a table that sees a long run of collisions moves to
    /// `seededHash`.
    @inlinable static func quickHash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(key)
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = fold(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self), 0xBF58_476D_1CE4_E5B9)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < raw.count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        return Int(truncatingIfNeeded: fold(hash ^ tail, 0x94D0_49BB_1331_11EB))
    }

    /// The two halves of `a × b`, exclusive-ored.
    @inlinable static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The standard library's hash, seeded afresh in each process: no run of keys collides under it on purpose.
    @inlinable static func seededHash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(key))
        return hasher.finalize()
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

    /// The smallest power of two of at least 16 slots that holds `capacity` paths under three quarters full.
    @inlinable static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while capacity * 4 > count * 3 { count *= 2 }
        return count
    }
}

extension PathTable: Sendable where Value: Sendable {}
