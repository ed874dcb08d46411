import Utilities

/// Print pieces (`TranslationPieces`) with their braille ASCII, looked up by the pieces' UTF-8 bytes: what a copy of
/// liblouis has translated (`LouisInstance.translated`), and what the copies share (`SharedPieces`).
///
/// It takes no lock: each holder uses it under its own.
struct TranslatedPieces {
    /// How many pieces are kept at most (about 5 MB), so a site of many different words, on a machine of many cores,
    /// keeps a bounded memory.
    ///
    /// The 10,000-guide benchmark corpus has about 33,000 different pieces.
    static let limit = 50_000

    /// Where each piece's braille is in `braille`.
    private var places = PathTable<Range<Int>>(capacity: 4096, byteCapacity: 1 << 16)
    /// The braille of every piece kept, end to end.
    private var braille: [UInt8] = []

    /// The braille of `piece` (its UTF-8 bytes), when it is kept.
    func braille(of piece: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        places.value(atPathBytes: piece).map { braille[$0] }
    }

    /// Keeps the braille of `piece`, unless it is kept already or `limit` pieces are.
    mutating func keep(_ translation: [UInt8], of piece: UnsafeBufferPointer<UInt8>) {
        guard places.count < Self.limit, places.value(atPathBytes: piece) == nil else { return }
        let start = braille.count
        braille += translation
        places.set(start..<braille.count, atPathBytes: piece)
    }
}
