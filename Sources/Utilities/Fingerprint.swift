/// A 128-bit fingerprint of some bytes: the same bytes always give the same fingerprint, in every run and on every
/// machine (unlike Swift's `Hasher`, which is seeded afresh each run), so a build can compare what it reads with what
/// an earlier build read.
///
/// It is not cryptographic: it tells edits apart, which is all the build cache asks of it.
public struct Fingerprint: Sendable, Hashable, Comparable {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fingerprint of one run of bytes.
    public static func of(_ bytes: some Collection<UInt8>) -> Fingerprint {
        var maker = Fingerprinter()
        maker.add(bytes)
        return maker.finish()
    }

    /// The fingerprint of a file's bytes, read a megabyte at a time (a large picture or leaflet is never whole in
    /// memory), or `unreadable` when it cannot be read (whoever reads it next reports why).
    public static func ofFile(_ path: String) -> Fingerprint {
        var maker = Fingerprinter()
        do {
            try FileSystem.readInPieces(path) { maker.add($0) }
        } catch {
            return unreadable
        }
        return maker.finish()
    }

    /// What a file that cannot be read counts as: a fixed value, so such a file counts by its name alone.
    public static let unreadable = Fingerprint(high: 0, low: 1)

    public static func < (left: Fingerprint, right: Fingerprint) -> Bool {
        (left.high, left.low) < (right.high, right.low)
    }
}

/// Makes a `Fingerprint` from many parts, in order.
///
/// Each part is added with its length, so ("ab", "c") and ("a", "bc") differ. A part of 32 bytes or more is taken
/// 32 bytes at a time first, as xxHash64 takes them: four lanes of 64 bits, each taking 8 bytes, multiplied and rotated
/// apart from the others (so that the processor works on all four at once), then mixed into the two lanes below.
/// The rest is taken 16 bytes at a time, as MurmurHash3's 128-bit form takes them: two lanes of 64 bits, each taking
/// one half, multiplied by different odd constants and rotated, and each mixed into the other; a last 8 bytes go into
/// both lanes, and the lanes are mixed into each other at the end with MurmurHash3's finaliser.
///
/// The build cache fingerprints every file it writes as it writes it: a gigabyte for 10,000 guides.
public struct Fingerprinter: Sendable {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    public init() {}

    /// Adds a run of bytes, and its length.
    public mutating func add(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in addBuffer(UnsafeRawBufferPointer(buffer)) }
        if done == nil { Array(bytes).withUnsafeBytes { addBuffer($0) } }
    }

    /// Adds a string's UTF-8, and its length.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { addBuffer(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: UInt64) {
        mix(number)
        length &+= 8
    }

    public mutating func add(_ number: Int) { add(UInt64(bitPattern: Int64(number))) }

    public mutating func add(_ fingerprint: Fingerprint) {
        add(fingerprint.high)
        add(fingerprint.low)
    }

    public func finish() -> Fingerprint {
        var (a, b) = (first ^ length, second ^ (length &* 0x9E37_79B9_7F4A_7C15))
        a = a &+ b
        b = b &+ a
        a = Self.finalise(a)
        b = Self.finalise(b)
        a = a &+ b
        b = b &+ a
        return Fingerprint(high: a, low: b)
    }

    private mutating func addBuffer(_ buffer: UnsafeRawBufferPointer) {
        mix(UInt64(buffer.count))
        var offset = 0
        if buffer.count >= 32 {
            // The lanes start the same for every part (xxHash64's seeds), and what they come to is mixed into the
            // two lanes below: whatever earlier parts made differ, still differs after.
            var lanes = (Self.prime1 &+ Self.prime2, Self.prime2, UInt64(0), 0 &- Self.prime1)
            while offset + 32 <= buffer.count {
                lanes.0 = Self.round(lanes.0, buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = Self.round(lanes.1, buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = Self.round(lanes.2, buffer.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = Self.round(lanes.3, buffer.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            mix(lanes.0 ^ Self.rotate(lanes.2, 29), lanes.1 ^ Self.rotate(lanes.3, 29))
        }
        while offset + 16 <= buffer.count {
            mix(
                UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            offset += 16
        }
        if offset + 8 <= buffer.count {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < buffer.count {
            var tail: UInt64 = 0
            for index in offset..<buffer.count { tail |= UInt64(buffer[index]) << (8 * UInt64(index - offset)) }
            mix(tail ^ 0x8000_0000_0000_0000)
        }
        length &+= UInt64(buffer.count) &+ 8
    }

    private mutating func mix(_ word: UInt64) {
        mix(word, word)
    }

    /// One step of MurmurHash3's 128-bit form: `one` into the first lane, `other` into the second.
    private mutating func mix(_ one: UInt64, _ other: UInt64) {
        var k = one &* 0x87C3_7B91_1142_53D5
        k = Self.rotate(k, 31)
        k = k &* 0x4CF5_AD43_2745_937F
        first ^= k
        first = Self.rotate(first, 27) &+ second
        first = first &* 5 &+ 0x52DC_E729
        var j = other &* 0x4CF5_AD43_2745_937F
        j = Self.rotate(j, 33)
        j = j &* 0x87C3_7B91_1142_53D5
        second ^= j
        second = Self.rotate(second, 31) &+ first
        second = second &* 5 &+ 0x3849_5AB5
    }

    /// xxHash64's constants, and its step for one lane and 8 bytes (little-endian).
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotate(lane &+ UInt64(littleEndian: word) &* prime2, 31) &* prime1
    }

    /// `value` rotated left by `bits` (1 to 63): both hashes' rotation.
    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    private static func finalise(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}
