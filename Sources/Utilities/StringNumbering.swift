/// Numbers the text that many records repeat, for a file that holds each text once, in a table of its own, and each
/// record's use of it as a number (`ByteWriter.numbering`); a reader given the table (`ByteReader.numbered`) hands
/// out the one string of each number to every record that uses it, with no lookup.
///
/// A number never changes meaning: a file written again from one it read keeps that file's table, and the records it
/// copies from it as they were, and numbers new text after it (`init(from:)`). The text of that table is not looked
/// up, so that it need not be held in a second form: a record stored anew that repeats some of it numbers it again.
public final class StringNumbering: @unchecked Sendable {  // its table is used only under its lock
    private let lock = Lock()
    private let start: Int
    private var numbers = PathTable<UInt32>(capacity: 1024)
    private var table: [String] = []

    /// A numbering of new text from `start` on: the numbers below it are a table's the file keeps as it was.
    public init(from start: Int = 0) {
        self.start = start
    }

    /// The number of `text`, numbering it when it is new.
    public func number(_ text: String) -> UInt64 {
        var bytes = text  // the same storage: `withUTF8` reads it in place (a native string's is contiguous)
        return bytes.withUTF8 { utf8 in
            lock.withLock {
                if let known = numbers.value(atPathBytes: utf8) { return UInt64(known) }
                let number = UInt32(truncatingIfNeeded: start + table.count)
                numbers.set(number, atPathBytes: utf8)
                table.append(text)
                return UInt64(number)
            }
        }
    }

    /// The text numbered here, by its number from `start` on: what the file's table holds after the kept one.
    public var strings: [String] { lock.withLock { table } }
}
