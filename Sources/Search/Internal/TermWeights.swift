import Utilities

/// How much each word of one guide, page or service counts: a word in the title more than one in the summary, which
/// counts more than one in a heading, which counts more than one in the text.
///
/// Words are counted by their bytes (`SearchTerms.forEachWord`), each looked up once where it is found.
struct TermWeights {
    /// The fields of a page a word can be in, each with what it adds once, however often the word is there.
    enum Field: Int {
        case title = 12, summary = 6, heading = 4

        /// The field's bit in a word's `found`.
        var bit: UInt32 {
            switch self {
            case .title: 1 << 8
            case .summary: 1 << 9
            case .heading: 1 << 10
            }
        }
    }

    /// Each word of the running text adds 1 each time it is there, up to this.
    static let textLimit = 8

    /// Each word's fields as bits, and in the low byte how often it is in the text (up to `textLimit`).
    private var found = PathTable<UInt32>(capacity: 512, byteCapacity: 4096)

    /// How many different words were found.
    var count: Int { found.count }

    mutating func add(_ text: String, as field: Field) {
        SearchTerms.forEachWord(in: text) { term in found.update(atPathBytes: term, default: 0) { $0 |= field.bit } }
    }

    mutating func addText(_ text: String) {
        SearchTerms.forEachWord(in: text) { term in found.update(atPathBytes: term, default: 0, Self.countOnce) }
    }

    /// One more time in the text, up to `textLimit` (changed in place: one look-up a word).
    private static func countOnce(_ bits: inout UInt32) {
        if bits & 0xFF < textLimit { bits += 1 }
    }

    /// Each word's bytes with its weight, 1 to 30, in the order they were first found; `halved` (easy-read versions,
    /// listed after their guides) halves each.
    func forEachWeight(halved: Bool = false, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        found.forEachPathBytes { term, bits in
            var weight = Int(bits & 0xFF)
            for field in [Field.title, .summary, .heading] where bits & field.bit != 0 { weight += field.rawValue }
            body(term, halved ? max(1, weight / 2) : weight)
        }
    }
}
