extension Sequence {
    /// The elements in the order of `key`, then of `tie` where keys are equal; each key worked out once an element
    /// (a title lowered for A to Z is lowered once, not at each comparison), and indices moved rather than elements.
    @inlinable  // specialised where it is used: keys compared through a generic witness are slow
    public func sorted<Key: Comparable, Tie: Comparable>(
        byKey key: (Element) -> Key, then tie: (Element) -> Tie
    ) -> [Element] {
        let elements = Array(self)
        let keys = elements.map { (key($0), tie($0)) }
        return elements.indices.sorted { keys[$0] < keys[$1] }.map { elements[$0] }
    }
}
