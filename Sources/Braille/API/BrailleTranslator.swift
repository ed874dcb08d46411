import CLouis
import Foundation

/// Print to braille and back through liblouis, in Unified English Braille grade 2 (contracted), written
/// in North American braille ASCII, the character set of `.brf` files.
///
/// liblouis keeps its tables in global state and is not safe to call from two threads at once, so every
/// call goes through one lock; callers in parallel code translate a whole document in one call.
public enum BrailleTranslator {
    /// The display table that writes braille ASCII, then UEB grade 2.
    public static let tables = "en-us-brf.dis,en-ueb-g2.ctb"

    private static let lock = NSLock()

    /// Whether liblouis and its UEB tables are installed.
    public static var isAvailable: Bool {
        lock.withLock { lou_getTable(tables) != nil }
    }

    /// Each text in braille ASCII; nil when liblouis cannot load its tables.
    public static func translate(_ texts: [String]) -> [String]? {
        lock.withLock {
            var result: [String] = []
            result.reserveCapacity(texts.count)
            for text in texts {
                guard let braille = run(text, backward: false) else { return nil }
                result.append(braille)
            }
            return result
        }
    }

    /// Braille ASCII back to print, for checking what a braille file says.
    public static func backTranslate(_ braille: String) -> String? {
        lock.withLock { run(braille, backward: true) }
    }

    /// One call of liblouis, growing the output buffer until the text fits. Called with the lock held.
    private static func run(_ text: String, backward: Bool) -> String? {
        let input = wideCharacters(text)
        guard !input.isEmpty else { return "" }
        var capacity = input.count * 2 + 64
        while capacity <= input.count * 16 + 64 {
            var output = [widechar](repeating: 0, count: capacity)
            var inputLength = Int32(input.count)
            var outputLength = Int32(capacity)
            let status = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    backward
                        ? lou_backTranslateString(
                            tables, inBuffer.baseAddress, &inputLength, outBuffer.baseAddress, &outputLength, nil, nil, 0)
                        : lou_translateString(
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
