import Testing

@testable import Utilities

/// Text many records repeat, held once: every string handed out for the same text shares one storage.
struct SharedStringsTests {
    @Test func theSameTextIsOneString() {
        let strings = SharedStrings()
        let text = "https://www.nhs.uk/using-the-nhs/about-the-nhs/how-to-complain-to-the-nhs/"
        let first = strings.string(String(text.utf8.map { Character(UnicodeScalar($0)) }))  // a string of its own
        let second = Array(text.utf8).withUnsafeBufferPointer { strings.string($0) }
        let third = strings.string(text)
        #expect(first == text && second == text && third == text)
        #expect(Self.storage(second) == Self.storage(first))
        #expect(Self.storage(third) == Self.storage(first))
        #expect(Self.storage(text) != Self.storage(first))
    }

    /// Text of up to 15 bytes is held in the string itself, and is handed back as it is.
    @Test(arguments: ["", "PALS", "Patient Advice!", "Zażółć gęś"])
    func shortTextIsHandedBack(text: String) {
        let strings = SharedStrings()
        #expect(strings.string(text) == text)
        #expect(Array(text.utf8).withUnsafeBufferPointer { strings.string($0) } == text)
    }

    /// From many threads at once, each text still comes back as itself and as one string; once the table is let go,
    /// the strings handed out are unchanged, and a text is held afresh.
    @Test func manyThreadsShareTheTable() {
        let strings = SharedStrings()
        let texts = (0..<4_000).map { "Heading number \($0 % 97) of the guides" }
        let shared = Parallel.map(texts) { strings.string($0) }
        #expect(shared == texts)
        var first: [String: UnsafeRawPointer] = [:]
        for text in shared {
            let storage = Self.storage(text)
            if let seen = first[text] { #expect(storage == seen) } else { first[text] = storage }
        }
        #expect(first.count == 97)
        strings.removeAll()
        #expect(shared == texts)
        let again = strings.string(String(texts[0].utf8.map { Character(UnicodeScalar($0)) }))
        #expect(again == texts[0])
        #expect(Self.storage(again) != first[texts[0]])
    }

    /// A reader given the table reads a repeated string as one; without it, each is its own.
    @Test func aReaderSharesTheTextItReads() throws {
        var writer = ByteWriter()
        for _ in 0..<2 { writer.add("Patient Advice and Liaison Service") }
        var plain = ByteReader(writer.bytes[...])
        let (one, two) = (try plain.sharedString(), try plain.sharedString())
        #expect(one == two && Self.storage(one) != Self.storage(two))
        var reader = ByteReader(writer.bytes[...])
        reader.shared = SharedStrings()
        let (three, four) = (try reader.sharedString(), try reader.sharedString())
        #expect(three == "Patient Advice and Liaison Service" && Self.storage(three) == Self.storage(four))
        #expect(reader.isAtEnd)
    }

    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }
}
