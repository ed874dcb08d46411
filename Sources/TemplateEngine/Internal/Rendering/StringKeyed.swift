/// A dictionary with `String` keys, whatever its values: swift-mustache's `MustacheParent`, which only such
/// dictionaries are, so a context that is one finds its values by name.
///
/// Only asked of dictionaries that are not `[String: Any]` or `[String: String]`, which the renderer knows by name.
protocol StringKeyed {
    func anyValue(forKey key: String) -> Any?
}

extension Dictionary: StringKeyed where Key == String {
    func anyValue(forKey key: String) -> Any? { self[key] }
}
