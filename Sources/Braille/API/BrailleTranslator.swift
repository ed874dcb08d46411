import CLouis
import Foundation
import Utilities

/// Print to braille and back through liblouis, in Unified English Braille grade 2 (contracted), written
/// in North American braille ASCII, the character set of `.brf` files.
///
/// liblouis keeps its working buffers in global variables and is not safe to call from two threads at once.
/// So there is a copy of liblouis for each core (each loaded apart with glibc's `dlmopen`, or only the one
/// linked where that is not possible), each used by one thread at a time behind its own lock; callers in
/// parallel code translate a whole document in one call. Each copy remembers the pieces it has translated, and
/// hands them to the others (`SharedPieces`), so a word met on every page is translated about once a build.
public enum BrailleTranslator {
    /// The display table that writes braille ASCII, then UEB grade 2.
    public static let tables = "en-us-brf.dis,en-ueb-g2.ctb"

    /// The copies of liblouis loaded: one, and another for each core as they are needed.
    static let copies = LouisCopies(tables: tables)
    /// What every copy has translated, for the others.
    private static let shared = SharedPieces()

    /// Whether liblouis and its UEB tables are installed (the linked copy loads them).
    public static var isAvailable: Bool {
        let linked = copies.linked
        return linked.lock.withLock { linked.getTable(tables) != nil }
    }

    /// Each text in braille ASCII; nil when liblouis cannot load its tables.
    public static func translate(_ texts: [String]) -> [String]? {
        withInstance { louis in
            var result: [String] = []
            result.reserveCapacity(texts.count)
            for text in texts {
                guard let braille = translateByPieces(text, louis) else { return nil }
                result.append(braille)
            }
            return result
        }
    }

    /// The text translated in one call of liblouis, without cutting it into pieces: what `translate` must match.
    static func translateWhole(_ text: String) -> String? {
        withInstance { run(text, backward: false, $0) }
    }

    /// The text translated piece by piece (see `TranslationPieces`), each piece looked up in what this copy of liblouis
    /// has translated before, then in what the others have (`SharedPieces`).
    ///
    /// Called with the instance's lock held.
    private static func translateByPieces(_ text: String, _ louis: LouisInstance) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var braille: [UInt8] = []
            braille.reserveCapacity(bytes.count + bytes.count / 4)
            for (number, range) in TranslationPieces.ranges(bytes).enumerated() {
                if number > 0 { braille.append(UInt8(ascii: " ")) }
                let piece = UnsafeBufferPointer(rebasing: bytes[range])
                if let known = louis.translated.braille(of: piece) {
                    braille.append(contentsOf: known)
                    continue
                }
                let translation: [UInt8]
                if let known = shared.braille(of: piece) {
                    translation = known
                } else {
                    guard let translated = run(String(decoding: piece, as: UTF8.self), backward: false, louis) else {
                        return nil
                    }
                    translation = Array(translated.utf8)
                    shared.keep(translation, of: piece)
                }
                louis.translated.keep(translation, of: piece)
                braille += translation
            }
            return String(decoding: braille, as: UTF8.self)
        }
    }

    /// Braille ASCII back to print, for checking what a braille file says.
    public static func backTranslate(_ braille: String) -> String? {
        withInstance { run(braille, backward: true, $0) }
    }

    /// Runs `body` with a copy of liblouis no other thread is using: a free one, or one loaded now, or else the next in
    /// turn.
    private static func withInstance<T>(_ body: (LouisInstance) -> T) -> T {
        for louis in copies.all {
            if let result = louis.lock.withLockIfFree({ body(louis) }) { return result }
        }
        if let louis = copies.another() {
            return louis.lock.withLock { body(louis) }
        }
        let louis = copies.nextInTurn()
        return louis.lock.withLock { body(louis) }
    }

    /// One call of liblouis, growing the output buffer until the text fits.
    ///
    /// Called with the instance's lock held.
    private static func run(_ text: String, backward: Bool, _ louis: LouisInstance) -> String? {
        let input = wideCharacters(text)
        guard !input.isEmpty else { return "" }
        var capacity = input.count * 2 + 64
        while capacity <= input.count * 16 + 64 {
            var output = [widechar](repeating: 0, count: capacity)
            var inputLength = Int32(input.count)
            var outputLength = Int32(capacity)
            let status = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    (backward ? louis.backTranslate : louis.translate)(
                        tables, inBuffer.baseAddress, &inputLength, outBuffer.baseAddress, &outputLength, nil, nil, 0)
                }
            }
            guard status == 1 else { return nil }
            if Int(inputLength) >= input.count && Int(outputLength) < capacity {
                return string(output.prefix(Int(outputLength)))
            }
            capacity *= 2
        }
        return nil
    }

    private static func wideCharacters(_ text: String) -> [widechar] {
        if MemoryLayout<widechar>.size == 2 { return text.utf16.map { widechar($0) } }
        return text.unicodeScalars.map { widechar($0.value) }
    }

    private static func string(_ characters: ArraySlice<widechar>) -> String {
        if MemoryLayout<widechar>.size == 2 { return String(decoding: characters.map { UInt16($0) }, as: UTF16.self) }
        var text = ""
        text.unicodeScalars.append(contentsOf: characters.compactMap { Unicode.Scalar(UInt32($0)) })
        return text
    }
}
