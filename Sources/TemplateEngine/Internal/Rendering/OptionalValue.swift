/// An optional held as `Any`, which shows its wrapped value: swift-mustache's `AnyOptional`.
///
/// A `[String: Any]` built from a literal can hold `nil` as a value: it is found (it hides the same name further
/// out), renders as `nil`, and is a true section, as in swift-mustache.
protocol OptionalValue {
    var wrappedAsAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAsAny: Any? { self }
}
