/// Reads what `ByteWriter` wrote, in the same order, from bytes that may be cut short or spoilt: every read checks
/// what is left, and a list's count is never trusted further than the bytes left could hold.
public struct ByteReader: Sendable {
    /// The bytes were not what the reader expected: not written by this program, cut short, or changed since.
    public struct Malformed: Error, Sendable {
        public init() {}
    }

    // Inlinable, with what it reads: a page read back from the build cache is thousands of reads, and a list's items
    // are read by code specialised where the list is read, not through generic witnesses.
    @usableFromInline let bytes: ArraySlice<UInt8>
    @usableFromInline var offset: Int
    /// Where text that many records repeat is held once (`sharedString()`), for bytes written with no `numbering`;
    /// nil when each string read is its own.
    public var shared: SharedStrings?
    /// The table of a file that numbers the text its records repeat (`ByteWriter.numbering`): then `sharedString()`
    /// reads a number, and hands out the table's string.
    public var numbered: [String]?

    public init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    public var isAtEnd: Bool { offset == bytes.endIndex }

    /// Where the reader is, in the bytes it was given (for slicing out a run it has read past).
    public var position: Int { offset }

    @inlinable public mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.endIndex, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw Malformed()
    }

    @inlinable public mutating func int() throws -> Int {
        let zigzag = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    @inlinable public mutating func bool() throws -> Bool {
        guard offset < bytes.endIndex, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    public mutating func double() throws -> Double {
        guard bytes.endIndex - offset >= 8 else { throw Malformed() }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return Double(bitPattern: bits)
    }

    @inlinable public mutating func string() throws -> String {
        String(decoding: try run(), as: UTF8.self)
    }

    /// A string that many records may repeat (a heading, a link, a source), as `ByteWriter.addShared(_:)` wrote it:
    /// the one `numbered` holds at its number, when it is given; otherwise the text, or the one `shared` holds for it.
    public mutating func sharedString() throws -> String {
        if let numbered {
            let number = try unsigned()
            guard number < UInt64(numbered.count) else { throw Malformed() }
            return numbered[Int(number)]
        }
        let run = try run()
        guard let shared else { return String(decoding: run, as: UTF8.self) }
        return run.withUnsafeBufferPointer { shared.string($0) }
    }

    /// A fingerprint, as `ByteWriter.add(_:)` writes one: 16 bytes.
    @inlinable public mutating func fingerprint() throws -> Fingerprint {
        guard bytes.endIndex - offset >= 16 else { throw Malformed() }
        let at = offset - bytes.startIndex
        let (high, low) = bytes.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: at, as: UInt64.self), raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
        }
        offset += 16
        return Fingerprint(high: UInt64(littleEndian: high), low: UInt64(littleEndian: low))
    }

    /// Numbers of 32 bits written with `ByteWriter.add(fixedWidth:)`.
    public mutating func fixedWidth() throws -> [UInt32] {
        let count = try unsigned()
        guard count <= UInt64(bytes.endIndex - offset) / 4 else { throw Malformed() }
        let (start, length) = (offset - bytes.startIndex, Int(count))
        let numbers = bytes.withUnsafeBytes { raw in
            [UInt32](unsafeUninitializedCapacity: length) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + length * 4)]))
                for index in 0..<length { buffer[index] = UInt32(littleEndian: buffer[index]) }
                initialized = length
            }
        }
        offset += length * 4
        return numbers
    }

    /// Raw bytes written with `add(bytes:)`.
    @inlinable public mutating func run() throws -> ArraySlice<UInt8> {
        let count = try unsigned()
        guard count <= UInt64(bytes.endIndex - offset) else { throw Malformed() }
        let run = bytes[offset..<(offset + Int(count))]
        offset += Int(count)
        return run
    }

    @inlinable public mutating func optionalString() throws -> String? { try optional { try $0.string() } }

    @inlinable public mutating func optionalInt() throws -> Int? { try optional { try $0.int() } }

    @inlinable public mutating func optional<Value>(_ read: (inout ByteReader) throws -> Value) throws -> Value? {
        try bool() ? try read(&self) : nil
    }

    /// A list: each item takes at least a byte, so a count larger than the bytes left is spoilt.
    @inlinable public mutating func list<Value>(_ read: (inout ByteReader) throws -> Value) throws -> [Value] {
        let count = try unsigned()
        guard count <= UInt64(bytes.endIndex - offset) else { throw Malformed() }
        var values: [Value] = []
        values.reserveCapacity(Int(count))
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
