import Utilities

/// The pieces (`TranslationPieces`) any copy of liblouis has translated this build, for the others.
///
/// Each copy remembers what it has translated (`LouisInstance.translated`, read with its own lock held) and asks here
/// only for a piece it has not met: a piece met on every page is translated by liblouis about once a build (two
/// copies that meet it at the same moment both translate it), not once for each copy, which each guide's text is
/// dealt out among.
final class SharedPieces: @unchecked Sendable {
    private let lock = Lock()
    /// Changed and read only with `lock` held.
    private var pieces = TranslatedPieces()

    /// The braille of `piece` (its UTF-8 bytes), when a copy has translated it.
    func braille(of piece: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        lock.withLock { pieces.braille(of: piece).map(Array.init) }
    }

    /// Keeps the braille of `piece` for the other copies, up to as many pieces as a copy keeps.
    func keep(_ translation: [UInt8], of piece: UnsafeBufferPointer<UInt8>) {
        lock.withLock { pieces.keep(translation, of: piece) }
    }
}
