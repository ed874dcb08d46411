extension Frame {
    /// The stored property `name` of `object`, unwrapped if it is optional: swift-mustache's
    /// `Mirror.getValue(forKey:)`, for contexts that are not dictionaries.
    static func storedProperty(named name: String, of object: Any) -> Any? {
        guard let child = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let mirror = Mirror(reflecting: child.value)
        guard mirror.displayStyle == .optional else { return child.value }
        return mirror.children.first?.value
    }
}
