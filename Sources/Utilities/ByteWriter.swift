/// Values written as bytes, for what the build cache keeps between builds (the pages it loaded), and read back.
///
/// Whole numbers are LEB128 (small ones take a byte), signed ones zigzagged first; text is its UTF-8 with its length
/// first; a list is its count, then each item; an optional is a byte (0 or 1), then the value; a fingerprint is its two
/// halves, eight bytes each, least significant first (as LEB128 they take ten bytes and a loop each). The form is
/// Signpost's own and changes with it: the cache is read only by the program that wrote it.
public struct ByteWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Where text that many records repeat is numbered (`addShared(_:)`); nil when each is written out in full.
    public var numbering: StringNumbering?

    public init() {}

    /// Empties it, keeping its room, for the next part of a file written in parts.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public mutating func add(_ number: UInt64) {
        var number = number
        while number >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: number) | 0x80)
            number >>= 7
        }
        bytes.append(UInt8(number))
    }

    public mutating func add(_ number: Int) {
        add(UInt64(bitPattern: Int64(number) << 1 ^ Int64(number) >> 63))
    }

    public mutating func add(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    public mutating func add(_ number: Double) {
        let bits = number.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            add(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Text that many records may repeat (a heading, a link, a source).
    ///
    /// It is its number in `numbering` when that is given, otherwise the text itself; `ByteReader.sharedString()`
    /// reads it back.
    public mutating func addShared(_ text: String) {
        if let numbering { add(numbering.number(text)) } else { add(text) }
    }

    public mutating func add(_ fingerprint: Fingerprint) {
        withUnsafeBytes(of: fingerprint.high.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: fingerprint.low.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// What another writer wrote, as it is.
    public mutating func append(_ written: [UInt8]) {
        bytes.append(contentsOf: written)
    }

    /// Raw bytes, with their count first.
    public mutating func add(bytes run: some Collection<UInt8>) {
        add(UInt64(run.count))
        bytes.append(contentsOf: run)
    }

    /// Numbers of 32 bits, with their count first, each as its four bytes, least significant first: a long list is
    /// read back with one copy (`ByteReader.fixedWidth()`), not a loop over LEB128.
    public mutating func add(fixedWidth numbers: ArraySlice<UInt32>) {
        add(UInt64(numbers.count))
        bytes.reserveCapacity(bytes.count + numbers.count * 4)
        for number in numbers { withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) } }
    }

    public mutating func add(_ text: String?) { add(text, as: { $0.add($1) }) }

    public mutating func add(_ number: Int?) { add(number, as: { $0.add($1) }) }

    public mutating func add<Value>(_ value: Value?, as store: (inout ByteWriter, Value) -> Void) {
        add(value != nil)
        if let value { store(&self, value) }
    }

    public mutating func add<Value>(_ values: [Value], as store: (inout ByteWriter, Value) -> Void) {
        add(UInt64(values.count))
        for value in values { store(&self, value) }
    }
}
