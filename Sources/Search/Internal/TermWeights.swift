/// How much each word of one guide, page or service counts: a word in the title more than one in the summary, which
/// counts more than one in a heading, which counts more than one in the text.
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
    private var found: [String: UInt32] = [:]

    mutating func add(_ text: String, as field: Field) {
        SearchTerms.forEach(in: text) { term in found[term, default: 0] |= field.bit }
    }

    mutating func addText(_ text: String) {
        SearchTerms.forEach(in: text) { term in Self.countOnce(&found[term, default: 0]) }
    }

    /// One more time in the text, up to `textLimit` (changed in place: one look-up a word).
    private static func countOnce(_ bits: inout UInt32) {
        if bits & 0xFF < textLimit { bits += 1 }
    }

    /// Each word with its weight, 1 to 30; `halved` (easy-read versions, listed after their guides) halves each.
    func weights(halved: Bool = false) -> [(term: String, weight: Int)] {
        found.map { term, bits in
            var weight = Int(bits & 0xFF)
            for field in [Field.title, .summary, .heading] where bits & field.bit != 0 { weight += field.rawValue }
            return (term, halved ? max(1, weight / 2) : weight)
        }
    }
}
