import Foundation
import Utilities

/// A value as `JSONEncoder` writes it with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, byte for byte,
/// for values made of text, whole numbers, Booleans, nils, lists and keyed records, as every Open Referral record is:
/// a third of `JSONEncoder`'s time, which a build of 1,000 services spent a tenth of a second in.
///
/// Anything else (a `Double`, a `Date`, `Data`, a `URL`, a `Decimal`, a super-encoder, a value that asks for two kinds
/// of container, or a nested container twice for one key) and `encode` returns nil: the caller asks `JSONEncoder`,
/// whose ways with those are its own.
///
/// The keys of a record are put in `JSONEncoder`'s order by asking it (`KeyOrder`), not by a rule of ours: the text
/// of every string is escaped as it escapes it (`"`, `\` and the control characters; `/` and all else as it is), and
/// an empty list or record is written as it writes one, a blank line inside.
enum PrettyJSON {
    /// The text of `value`, without a line break after it; nil when `value` holds what this does not write, or its
    /// `encode(to:)` throws.
    static func encode(_ value: some Encodable) -> String? {
        let state = State()
        // A value that encodes nothing is an error at the top, as it is to JSONEncoder (and `{}` inside another).
        guard let tree = try? Value.encoded(value, state: state), !state.unsupported else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        guard (try? tree.write(into: &bytes, depth: 0)) != nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` in quotes, escaped as `JSONEncoder` escapes it (with `.withoutEscapingSlashes`).
    static func quoted(_ text: String, into output: inout [UInt8]) {
        JSONEscape.write(text, to: &output, style: .asJSONEncoder)
    }

    /// A record whose keys `JSONEncoder` would not put in order for `KeyOrder`.
    struct Unordered: Error {}

    /// Whether the value met something this does not write; set by the encoders, which cannot throw for it.
    final class State {
        var unsupported = false
    }

    /// What one value encoded to.
    enum Value {
        case text(String)
        /// A number, `true`, `false` or `null`, written as it is.
        case literal(String)
        case list(List)
        case record(Record)

        /// `value` encoded inside another: `{}` when it encodes nothing, as JSONEncoder writes it there.
        static func of<T: Encodable>(_ value: T, state: State) throws -> Value {
            try encoded(value, state: state) ?? .record(Record())
        }

        /// `value` encoded; nil when it encodes nothing.
        static func encoded<T: Encodable>(_ value: T, state: State) throws -> Value? {
            if T.self == String.self, let text = value as? String { return .text(text) }
            // JSONEncoder writes these its own way, not as their `encode(to:)` says.
            if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
                state.unsupported = true
                return .literal("null")
            }
            let slot = Slot()
            try value.encode(to: ValueEncoder(slot: slot, state: state))
            return slot.value
        }

        /// Writes the value; throws `Unordered` when a record's keys cannot be put in `JSONEncoder`'s order.
        func write(into output: inout [UInt8], depth: Int) throws {
            switch self {
            case .text(let text): PrettyJSON.quoted(text, into: &output)
            case .literal(let literal): output.append(contentsOf: literal.utf8)
            case .list(let list):
                guard !list.items.isEmpty else { return Self.empty("[", "]", depth: depth, into: &output) }
                output.append(contentsOf: "[\n".utf8)
                for (index, item) in list.items.enumerated() {
                    Self.indent(depth + 1, into: &output)
                    try item.write(into: &output, depth: depth + 1)
                    output.append(contentsOf: (index == list.items.count - 1 ? "\n" : ",\n").utf8)
                }
                Self.indent(depth, into: &output)
                output.append(UInt8(ascii: "]"))
            case .record(let record):
                guard !record.members.isEmpty else { return Self.empty("{", "}", depth: depth, into: &output) }
                output.append(contentsOf: "{\n".utf8)
                guard let members = KeyOrder.shared.sorted(record.members) else { throw Unordered() }
                for (index, member) in members.enumerated() {
                    Self.indent(depth + 1, into: &output)
                    PrettyJSON.quoted(member.key, into: &output)
                    output.append(contentsOf: " : ".utf8)
                    try member.value.write(into: &output, depth: depth + 1)
                    output.append(contentsOf: (index == members.count - 1 ? "\n" : ",\n").utf8)
                }
                Self.indent(depth, into: &output)
                output.append(UInt8(ascii: "}"))
            }
        }

        /// An empty list or record: its brackets with a blank line between them.
        private static func empty(_ open: Unicode.Scalar, _ close: Unicode.Scalar, depth: Int, into output: inout [UInt8]) {
            output.append(contentsOf: [UInt8(ascii: open), UInt8(ascii: "\n"), UInt8(ascii: "\n")])
            indent(depth, into: &output)
            output.append(UInt8(ascii: close))
        }

        private static func indent(_ depth: Int, into output: inout [UInt8]) {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }

    /// A list being filled by its container.
    final class List {
        var items: [Value] = []
    }

    /// A keyed record being filled by its container, its members in the order they came; a key encoded again replaces
    /// what it held.
    final class Record {
        private(set) var members: [(key: String, value: Value)] = []

        func put(_ value: Value, at key: String) {
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = value
            } else {
                members.append((key, value))
            }
        }
    }

    /// Where one value's encoding goes.
    final class Slot {
        var value: Value?
    }

    /// The order `JSONEncoder` sorts keys in, learnt from it.
    ///
    /// Every key met so far is ranked by where `JSONEncoder` writes it in a record of them all; a key not ranked yet
    /// has all the keys ranked again, with it.
    final class KeyOrder: @unchecked Sendable {
        static let shared = KeyOrder()
        private let lock = Lock()
        private var ranks: [String: Int] = [:]

        /// `members` in the order of their keys, each key looked up once; nil when `JSONEncoder` did not say where one
        /// goes.
        func sorted(_ members: [(key: String, value: Value)]) -> [(key: String, value: Value)]? {
            let ranks = lock.withLock {
                var found = members.map { self.ranks[$0.key] }
                if found.contains(nil) {
                    self.ranks = Self.ranked(Array(self.ranks.keys) + members.map(\.key))
                    found = members.map { self.ranks[$0.key] }
                }
                return found
            }
            guard !ranks.contains(nil) else { return nil }
            return members.indices.sorted { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }.map { members[$0] }
        }

        /// Each key's place in a record of them all as `JSONEncoder` writes it, keys sorted.
        private static func ranked(_ keys: [String]) -> [String: Int] {
            let record = Dictionary(keys.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let data = try? encoder.encode(record) else { return [:] }
            let text = String(decoding: data, as: UTF8.self)
            // Each key is written `"key":0`, after `{` or `,`, and its quotes escaped: found by that, nowhere else.
            var places: [(key: String, place: String.Index)] = []
            for key in record.keys {
                var quotedKey: [UInt8] = []
                quoted(key, into: &quotedKey)
                let written = String(decoding: quotedKey, as: UTF8.self)
                for lead in ["{", ","] {
                    if let found = text.range(of: lead + written + ":") {
                        places.append((key, found.lowerBound))
                        break
                    }
                }
            }
            return Dictionary(
                places.sorted { $0.place < $1.place }.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    struct ValueEncoder: Encoder {
        let slot: Slot
        let state: State
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let record: Record
            switch slot.value {
            case .record(let existing)?: record = existing
            case nil:
                record = Record()
                slot.value = .record(record)
            default:
                state.unsupported = true
                record = Record()
            }
            return KeyedEncodingContainer(Keyed<Key>(record: record, state: state))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let list: List
            switch slot.value {
            case .list(let existing)?: list = existing
            case nil:
                list = List()
                slot.value = .list(list)
            default:
                state.unsupported = true
                list = List()
            }
            return Unkeyed(list: list, state: state)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(slot: slot, state: state)
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let record: Record
        let state: State
        var codingPath: [any CodingKey] { [] }

        private func put(_ value: Value, _ key: Key) { record.put(value, at: key.stringValue) }

        /// A nested container at `key`: one asked for a key that holds something already, `JSONEncoder` fills in place.
        private func putNested(_ value: Value, _ key: Key) {
            if record.members.contains(where: { $0.key == key.stringValue }) { state.unsupported = true }
            put(value, key)
        }

        mutating func encodeNil(forKey key: Key) throws { put(.literal("null"), key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { put(.literal(value ? "true" : "false"), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { put(.text(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { put(.literal(String(value)), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { state.unsupported = true }
        mutating func encode(_ value: Float, forKey key: Key) throws { state.unsupported = true }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { put(try Value.of(value, state: state), key) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let nested = Record()
            putNested(.record(nested), key)
            return KeyedEncodingContainer(Keyed<NestedKey>(record: nested, state: state))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = List()
            putNested(.list(nested), key)
            return Unkeyed(list: nested, state: state)
        }

        mutating func superEncoder() -> any Encoder { unsupportedEncoder() }
        mutating func superEncoder(forKey key: Key) -> any Encoder { unsupportedEncoder() }

        private func unsupportedEncoder() -> any Encoder {
            state.unsupported = true
            return ValueEncoder(slot: Slot(), state: state)
        }
    }

    /// The unkeyed and single-value containers, which take values the same way: each one, encoded, handed to `accept`.
    protocol ValueSink {
        var state: State { get }
        func accept(_ value: Value)
    }

    struct Unkeyed: UnkeyedEncodingContainer, ValueSink {
        let list: List
        let state: State
        var codingPath: [any CodingKey] { [] }
        var count: Int { list.items.count }

        func accept(_ value: Value) { list.items.append(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey>
        {
            let nested = Record()
            accept(.record(nested))
            return KeyedEncodingContainer(Keyed<NestedKey>(record: nested, state: state))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = List()
            accept(.list(nested))
            return Unkeyed(list: nested, state: state)
        }

        mutating func superEncoder() -> any Encoder {
            state.unsupported = true
            return ValueEncoder(slot: Slot(), state: state)
        }
    }

    struct Single: SingleValueEncodingContainer, ValueSink {
        let slot: Slot
        let state: State
        var codingPath: [any CodingKey] { [] }

        func accept(_ value: Value) {
            if slot.value != nil { state.unsupported = true }  // JSONEncoder allows one value
            slot.value = value
        }
    }
}

extension PrettyJSON.ValueSink {
    mutating func encodeNil() throws { accept(.literal("null")) }
    mutating func encode(_ value: Bool) throws { accept(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { accept(.text(value)) }
    mutating func encode(_ value: Int) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: Int8) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: Int16) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: Int32) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: UInt) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: UInt8) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: UInt16) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: UInt32) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: UInt64) throws { accept(.literal(String(value))) }
    mutating func encode(_ value: Double) throws { state.unsupported = true }
    mutating func encode(_ value: Float) throws { state.unsupported = true }
    mutating func encode<T: Encodable>(_ value: T) throws { accept(try PrettyJSON.Value.of(value, state: state)) }
}
