/// Numbers texts in the order they are first met, each looked up by its UTF-8 bytes (`PathTable`), and keeps them in
/// that order: the one home of "the number of this text, numbering it when it is new", for the search index's words
/// (`SearchCollector`) and the build cache's table of repeated text (`StringNumbering`).
///
/// It takes no lock: each user holds its own around it.
public struct TextNumbers: Sendable {
    /// The number the first text is given: the numbers below it are a table's that a file keeps as it was.
    private let start: Int
    /// The texts numbered, the first with `start`.
    public private(set) var texts: [String] = []
    private var numbers: PathTable<UInt32>

    public init(from start: Int = 0, capacity: Int = 1024, byteCapacity: Int = 0) {
        self.start = start
        numbers = PathTable(capacity: capacity, byteCapacity: byteCapacity)
    }

    /// The number of `text`, numbering it when it is new, and keeping `text` itself (its storage shared, not copied).
    public mutating func number(_ text: String) -> UInt32 {
        var bytes = text  // the same storage: `withUTF8` reads it in place (a native string's is contiguous)
        return bytes.withUTF8 { number($0, limit: .max, text: { text }) } ?? 0  // never nil: there is no limit
    }

    /// The number of the text whose UTF-8 is `bytes`, numbering it when it is new, unless `limit` texts are numbered
    /// already: then nil.
    public mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = Int(UInt32.max)) -> UInt32? {
        number(bytes, limit: limit, text: { String(decoding: bytes, as: UTF8.self) })
    }

    private mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, text: () -> String) -> UInt32? {
        if let known = numbers.value(atPathBytes: bytes) { return known }
        guard texts.count < limit else { return nil }
        let number = UInt32(truncatingIfNeeded: start + texts.count)
        numbers.set(number, atPathBytes: bytes)
        texts.append(text())
        return number
    }
}
