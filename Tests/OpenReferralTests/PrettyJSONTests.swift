import Foundation
import Testing

@testable import OpenReferral

/// `PrettyJSON` writes exactly what `JSONEncoder` writes with the export's options, or nothing (and the export asks
/// `JSONEncoder`): each case here is compared with `JSONEncoder`'s own text.
@Suite struct PrettyJSONTests {
    private static func expected(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Every ASCII character, and text beyond it that encoders are known to treat apart.
    static let texts: [String] = [
        "", "PALS", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) }),
        "line\r\nbreak\u{2028}and\u{2029}more\u{85}", "\u{7F}\u{80}\u{A0}\u{FEFF}", "é e\u{301} 😀 ਪੰਜਾਬੀ اردو",
        "a/b\\c\"d", "</script><!--", "\u{0}",
    ]

    @Test(arguments: texts)
    func textIsEscapedAsTheEncoderEscapesIt(text: String) throws {
        #expect(PrettyJSON.encode(["key": text]) == (try Self.expected(["key": text])))
        #expect(PrettyJSON.encode([text]) == (try Self.expected([text])))
        #expect(PrettyJSON.encode([text: 1]) == (try Self.expected([text: 1])), "as a key")
    }

    /// Keys the encoder might sort by a rule of its own: digits, capitals, underscores, hyphens, letters beyond ASCII.
    @Test func keysAreInTheEncodersOrder() throws {
        let keys = [
            "address_1", "addresses", "Address", "a10", "a9", "a_b", "aB", "ab", "A_b", "_x", "x_", "é", "e", "f", "Z", "z", "1",
            "10", "2", "a-b", "a.b", "ä", "\u{0}", "\"", "\\",
        ]
        let record = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        #expect(PrettyJSON.encode(record) == (try Self.expected(record)))
        // Learnt a few keys at a time, as records of different shapes meet new ones: the same order.
        for start in stride(from: 0, to: keys.count, by: 4) {
            let some = Dictionary(uniqueKeysWithValues: keys[start..<min(start + 7, keys.count)].map { ($0, true) })
            #expect(PrettyJSON.encode(some) == (try Self.expected(some)))
        }
    }

    private struct Shapes: Encodable {
        var empty: [String] = []
        var emptyRecord: [String: Int] = [:]
        var nested: [[String]] = [[], ["a"], ["b", "c"]]
        var numbers: [Int] = [0, -7, Int.max, Int.min]
        var small: [UInt8] = [0, 255]
        var flags: [Bool] = [true, false]
        var missing: String? = nil
        var present: String? = "here"
        var optionals: [String?] = ["one", nil]
        var records: [[String: String]] = [["b": "2", "a": "1"], [:]]

        enum CodingKeys: String, CodingKey {
            case empty, emptyRecord, nested, numbers, small, flags, missing, present, optionals, records, null
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(empty, forKey: .empty)
            try container.encode(emptyRecord, forKey: .emptyRecord)
            try container.encode(nested, forKey: .nested)
            try container.encode(numbers, forKey: .numbers)
            try container.encode(small, forKey: .small)
            try container.encode(flags, forKey: .flags)
            try container.encodeIfPresent(missing, forKey: .missing)
            try container.encodeIfPresent(present, forKey: .present)
            try container.encode(optionals, forKey: .optionals)
            try container.encode(records, forKey: .records)
            try container.encodeNil(forKey: .null)
        }
    }

    private struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    @Test func listsRecordsNumbersAndNilsAreWrittenAsTheEncoderWritesThem() throws {
        #expect(PrettyJSON.encode(Shapes()) == (try Self.expected(Shapes())))
        #expect(PrettyJSON.encode([Shapes(), Shapes()]) == (try Self.expected([Shapes(), Shapes()])))
        // A value that encodes nothing is `{}` inside another, and an error alone, to both.
        #expect(throws: EncodingError.self) { try Self.expected(Nothing()) }
        #expect(PrettyJSON.encode(Nothing()) == nil)
        #expect(
            PrettyJSON.encode(["deep": [["deeper": [Nothing()]]]]) == (try Self.expected(["deep": [["deeper": [Nothing()]]]])))
        #expect(PrettyJSON.encode("top") == (try Self.expected("top")))
    }

    @Test func everyBundledServicesRecordIsTheEncodersText() throws {
        let services = try RoundTripTests.bundledServices()
        try #require(services.count >= 20)
        for service in services {
            let record = OpenReferralExport.record(service, config: RoundTripTests.config, wording: .english)
            #expect(PrettyJSON.encode(record) == (try Self.expected(record)), "\(service.sourcePath)")
        }
    }

    private struct WithSuper: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Shapes.CodingKeys.self)
            _ = container.superEncoder()
        }
    }

    private struct NestedTwice: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Shapes.CodingKeys.self)
            var first = container.nestedUnkeyedContainer(forKey: .nested)
            try first.encode("one")
            var second = container.nestedUnkeyedContainer(forKey: .nested)
            try second.encode("two")
        }
    }

    /// What JSONEncoder writes in ways of its own is left to it.
    @Test func whatItDoesNotWriteIsLeftToTheEncoder() {
        #expect(PrettyJSON.encode(["n": 1.5]) == nil)
        #expect(PrettyJSON.encode([Float(1)]) == nil)
        #expect(PrettyJSON.encode(["d": Date(timeIntervalSince1970: 0)]) == nil)
        #expect(PrettyJSON.encode(["u": URL(fileURLWithPath: "/tmp")]) == nil)
        #expect(PrettyJSON.encode(["b": Data([1, 2])]) == nil)
        #expect(PrettyJSON.encode(["m": Decimal(2)]) == nil)
        #expect(PrettyJSON.encode(WithSuper()) == nil)
        #expect(PrettyJSON.encode(NestedTwice()) == nil, "JSONEncoder fills the first container again")
    }
}
