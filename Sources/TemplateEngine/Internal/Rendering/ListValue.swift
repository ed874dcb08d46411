/// A list a section repeats for: swift-mustache's `MustacheSequence`, which arrays, sets and reversed collections
/// are, whatever their elements.
///
/// Only asked of values that are not one of the list types the renderer knows by name.
protocol ListValue {
    var isEmpty: Bool { get }
    /// The elements, each as a context to push.
    var elementsAsAny: [Any] { get }
}

extension Array: ListValue {
    var elementsAsAny: [Any] { map { $0 as Any } }
}

extension Set: ListValue {
    var elementsAsAny: [Any] { map { $0 as Any } }
}

extension ReversedCollection: ListValue {
    var elementsAsAny: [Any] { map { $0 as Any } }
}
