import Testing
import Utilities

/// The build cache's byte form: each value comes back as written, and bytes cut short are refused.
struct ByteCoderTests {
    @Test(arguments: [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int.max, Int.min, 1 << 40])
    func wholeNumbersComeBack(number: Int) throws {
        var writer = ByteWriter()
        writer.add(number)
        var reader = ByteReader(writer.bytes[...])
        #expect(try reader.int() == number)
        #expect(reader.isAtEnd)
    }

    @Test func everyKindOfValueComesBackInOrder() throws {
        var writer = ByteWriter()
        writer.add(UInt64.max)
        writer.add(true)
        writer.add(-0.25)
        writer.add("Zażółć gęślą jaźń ١٢٣")
        writer.add(String?.none)
        writer.add(Optional(7))
        writer.add(Fingerprint(high: 1, low: .max))
        writer.add(["a", "", "ccc"]) { $0.add($1) }
        writer.add(bytes: [0xFF, 0x00])
        var reader = ByteReader(writer.bytes[...])
        #expect(try reader.unsigned() == .max)
        #expect(try reader.bool())
        #expect(try reader.double() == -0.25)
        #expect(try reader.string() == "Zażółć gęślą jaźń ١٢٣")
        #expect(try reader.optionalString() == nil)
        #expect(try reader.optionalInt() == 7)
        #expect(try reader.fingerprint() == Fingerprint(high: 1, low: .max))
        #expect(try reader.list { try $0.string() } == ["a", "", "ccc"])
        #expect(Array(try reader.run()) == [0xFF, 0x00])
        #expect(reader.isAtEnd)
    }

    /// A fingerprint is 16 bytes, read from wherever the reader's slice of the bytes begins.
    @Test func aFingerprintIsSixteenBytesReadFromAnySlice() throws {
        var writer = ByteWriter()
        writer.add(UInt64(300))
        writer.add(Fingerprint(high: 0x0102_0304_0506_0708, low: 0x1112_1314_1516_1718))
        #expect(writer.bytes.count == 2 + 16)
        #expect(writer.bytes[2] == 0x08 && writer.bytes[17] == 0x11)
        let bytes = [0xAA, 0xBB, 0xCC] + writer.bytes
        var reader = ByteReader(bytes[3...])
        #expect(try reader.unsigned() == 300)
        #expect(try reader.fingerprint() == Fingerprint(high: 0x0102_0304_0506_0708, low: 0x1112_1314_1516_1718))
        #expect(reader.isAtEnd)
        var short = ByteReader(bytes[3..<(bytes.count - 1)])
        _ = try short.unsigned()
        #expect(throws: ByteReader.Malformed.self) { try short.fingerprint() }
    }

    /// Every cut of the bytes is refused at some read: nothing reads past the end, and a count larger than the bytes
    /// left is refused before anything is made for it.
    @Test func bytesCutShortAreRefused() {
        var writer = ByteWriter()
        writer.add("making-a-complaint")
        writer.add([1, 2, 3]) { $0.add($1) }
        writer.add(2.5)
        let bytes = writer.bytes
        for end in 0..<bytes.count {
            var reader = ByteReader(bytes[..<end])
            #expect(throws: ByteReader.Malformed.self) {
                _ = try reader.string()
                _ = try reader.list { try $0.int() }
                _ = try reader.double()
            }
        }
        var huge = ByteWriter()
        huge.add(UInt64(1) << 60)
        var reader = ByteReader(huge.bytes[...])
        #expect(throws: ByteReader.Malformed.self) { _ = try reader.list { try $0.int() } }
    }
}
