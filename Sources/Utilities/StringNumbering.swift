/// Numbers the text that many records repeat, for a file that holds each text once, in a table of its own, and each
/// record's use of it as a number (`ByteWriter.numbering`); a reader given the table (`ByteReader.numbered`) hands
/// out the one string of each number to every record that uses it, with no lookup.
///
/// A number never changes meaning: a file written again from one it read keeps that file's table, and the records it
/// copies from it as they were, and numbers new text after it (`init(from:)`). The text of that table is not looked
/// up, so that it need not be held in a second form: a record stored anew that repeats some of it numbers it again.
public final class StringNumbering: @unchecked Sendable {  // its numbers are used only under its lock
    private let lock = Lock()
    private var numbers: TextNumbers

    /// A numbering of new text from `start` on: the numbers below it are a table's the file keeps as it was.
    public init(from start: Int = 0) {
        numbers = TextNumbers(from: start)
    }

    /// The number of `text`, numbering it when it is new.
    public func number(_ text: String) -> UInt64 {
        lock.withLock { UInt64(numbers.number(text)) }
    }

    /// The text numbered here, by its number from `start` on: what the file's table holds after the kept one.
    public var strings: [String] { lock.withLock { numbers.texts } }
}
