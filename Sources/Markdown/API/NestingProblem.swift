/// A document nested deeper than Signpost reads (`InputLimits`): it is not rendered, and the Content stage
/// reports this at its line.
public struct NestingProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Block quotes and lists.
        case blocks
        /// Emphasis, links and pictures.
        case inlines
    }

    public var kind: Kind
    /// The deepest nesting of this kind in the document.
    public var depth: Int
    public var limit: Int
    /// Where the nesting first goes past the limit.
    public var position: Position
}
