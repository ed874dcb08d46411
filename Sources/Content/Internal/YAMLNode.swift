import Yams

/// A YAML value as the content readers see it: text, a list or settings, with the place it starts.
///
/// Made by `PlainYAML` for the plain YAML content files are written in, and from libyaml's tree (`Yams.Node`) for
/// the rest, the same either way: the readers never see which read it.
struct YAMLNode: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        case scalar(Scalar)
        case mapping(Mapping)
        case sequence([YAMLNode])
    }

    var value: Value
    var mark: YAMLMark?

    var scalar: Scalar? {
        guard case .scalar(let scalar) = value else { return nil }
        return scalar
    }

    var mapping: Mapping? {
        guard case .mapping(let mapping) = value else { return nil }
        return mapping
    }

    var sequence: [YAMLNode]? {
        guard case .sequence(let items) = value else { return nil }
        return items
    }

    /// The text of a scalar; nil for a list or settings.
    var string: String? { scalar?.string }

    /// Text, as it was written (`style`).
    struct Scalar: Sendable, Equatable {
        enum Style: Sendable, Equatable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        var string: String
        var style: Style
        var mark: YAMLMark?
    }

    /// Settings: each key and its value in the order written, a key written twice kept twice (the readers report it).
    struct Mapping: Sendable, Equatable, RandomAccessCollection {
        struct Pair: Sendable, Equatable {
            var key: YAMLNode
            var value: YAMLNode
        }

        var pairs: [Pair]
        var mark: YAMLMark?

        var startIndex: Int { pairs.startIndex }
        var endIndex: Int { pairs.endIndex }

        subscript(position: Int) -> (key: YAMLNode, value: YAMLNode) {
            (pairs[position].key, pairs[position].value)
        }

        /// The value of the last key written as `key`, as libyaml's tree gives it.
        subscript(key: String) -> YAMLNode? {
            pairs.last { $0.key.string == key }?.value
        }
    }
}

extension YAMLNode {
    /// libyaml's tree of `text` (nil for an empty one), or the mistake libyaml found in it: what `YAMLSource.compose`
    /// reads what `PlainYAML` leaves, and what the tests and `FuzzYAML` hold `PlainYAML` to.
    ///
    /// Every scalar stays text (the `basic` resolver): the readers parse numbers and dates themselves, and the default
    /// resolver runs regular expressions on every value to guess its type.
    static func libyaml(_ text: String) throws -> YAMLNode? {
        try Yams.compose(yaml: text, .basic).map(YAMLNode.init)
    }

    /// libyaml's tree as the readers see it.
    ///
    /// Its depth is bounded before it is parsed (`YAMLDepth`), so the recursion is too.
    init(_ node: Yams.Node) {
        switch node {
        case .scalar(let scalar):
            let style: Scalar.Style =
                switch scalar.style {
                case .singleQuoted: .singleQuoted
                case .doubleQuoted: .doubleQuoted
                case .literal: .literal
                case .folded: .folded
                case .any, .plain: .plain
                }
            self.init(
                value: .scalar(Scalar(string: scalar.string, style: style, mark: YAMLMark(scalar.mark))),
                mark: YAMLMark(scalar.mark))
        case .mapping(let mapping):
            let pairs = mapping.map { Mapping.Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) }
            self.init(value: .mapping(Mapping(pairs: pairs, mark: YAMLMark(mapping.mark))), mark: YAMLMark(mapping.mark))
        case .sequence(let sequence):
            self.init(value: .sequence(sequence.map { YAMLNode($0) }), mark: YAMLMark(sequence.mark))
        }
    }
}
