/// A template that does not parse: where parsing stopped, and why.
///
/// The line and column count from 1, in characters, as swift-mustache counts them for its errors.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    /// What is wrong, in a sentence, naming the tag.
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
