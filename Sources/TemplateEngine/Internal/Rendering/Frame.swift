/// A value on the context stack, sorted once, when it is pushed, by how names are looked up in it.
///
/// swift-mustache asks every context around a tag, for every tag, whether it is a `MustacheParent` and otherwise
/// reflects on it with `Mirror`; here a dictionary is looked in directly and a text, number or list is skipped. What
/// each finds is the same: a dictionary with `String` keys finds its values, anything else the stored properties
/// `Mirror` shows (none for text, numbers, Booleans and lists).
enum Frame {
    case dictionary([String: Any])
    case strings([String: String])
    /// Another dictionary with `String` keys, such as `[String: Int]`, or an optional one.
    case keyed(any StringKeyed)
    /// A value `Mirror` shows no named children of: text, a number, a Boolean, a list.
    case leaf(Any)
    /// Anything else, such as a struct or tuple: its children are its stored properties, found by `Mirror`.
    case object(Any)

    init(_ value: Any) {
        let valueType = type(of: value)
        if valueType == [String: Any].self, let dictionary = value as? [String: Any] {
            self = .dictionary(dictionary)
        } else if valueType == [String: String].self, let strings = value as? [String: String] {
            self = .strings(strings)
        } else if Self.isLeaf(valueType) {
            self = .leaf(value)
        } else if let keyed = value as? any StringKeyed {
            self = .keyed(keyed)
        } else {
            self = .object(value)
        }
    }

    /// The value itself, for `{{.}}`.
    var value: Any {
        switch self {
        case .dictionary(let dictionary): return dictionary
        case .strings(let strings): return strings
        case .keyed(let keyed): return keyed
        case .leaf(let value), .object(let value): return value
        }
    }

    /// The child called `name`, or nil when there is none here (and the contexts around are asked).
    func child(named name: String) -> Any? {
        switch self {
        case .dictionary(let dictionary):
            return dictionary[name]
        case .strings(let strings):
            guard let text = strings[name] else { return nil }
            return text
        case .keyed(let keyed):
            return keyed.anyValue(forKey: name)
        case .leaf:
            return nil
        case .object(let object):
            return Self.storedProperty(named: name, of: object)
        }
    }

    /// Whether values of `valueType` have no children by name: the common types with no stored properties to show.
    static func isLeaf(_ valueType: Any.Type) -> Bool {
        leafTypes.contains(ObjectIdentifier(valueType))
    }

    /// Whether a value of `valueType` is a section's one context when it is true: text, a number or a dictionary.
    static func isSingleContext(_ valueType: Any.Type) -> Bool {
        singleContextTypes.contains(ObjectIdentifier(valueType))
    }

    private static let leafTypes: [ObjectIdentifier] = [
        ObjectIdentifier(String.self), ObjectIdentifier(Int.self), ObjectIdentifier(Bool.self), ObjectIdentifier(Double.self),
        ObjectIdentifier([String].self), ObjectIdentifier([Any].self), ObjectIdentifier([[String: Any]].self),
        ObjectIdentifier([[String: String]].self),
    ]

    private static let singleContextTypes: [ObjectIdentifier] = [
        ObjectIdentifier(String.self), ObjectIdentifier([String: Any].self), ObjectIdentifier([String: String].self),
        ObjectIdentifier(Int.self), ObjectIdentifier(Double.self),
    ]
}
