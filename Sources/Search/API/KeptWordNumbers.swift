/// A collector's numbers for the words an earlier build kept (`SearchCollector.numbering(_:)`): the number of each
/// kept word, by its number in that build.
public struct KeptWordNumbers: Sendable {
    /// This collector's number for each kept word, or `SearchCollector.notNumbered`.
    let numbers: [UInt32]
    /// Whether every kept word has the number it had.
    ///
    /// So it is when the collector saw them first, in their order, as it does when the pages are taken from the
    /// cache before any is loaded afresh: a kept page's words are then taken as they are.
    public let areUnchanged: Bool

    init(_ numbers: [UInt32]) {
        self.numbers = numbers
        areUnchanged = numbers.indices.allSatisfy { numbers[$0] == $0 }
    }

    /// None: the pages an earlier build kept are not read.
    public static let none = KeptWordNumbers([])
}
