/// One step of rendering a template.
enum Node: Sendable {
    case text(TextRun)
    /// `{{name}}` (escaped), `{{{name}}}` or `{{&name}}`.
    case variable(ValuePath, escaped: Bool)
    /// `{{#name}}...{{/name}}`.
    case section(ValuePath, Template)
    /// `{{^name}}...{{/name}}`.
    case invertedSection(ValuePath, Template)
    /// `{{$name}}...{{/name}}` outside a parent call's top level.
    case block(Block)
    /// `{{>name}}` or `{{<name}}...{{/name}}`.
    case partial(PartialCall)

    /// The node for `token`; nil for a pragma, and for a block definition, which only a parent call holds.
    init?(_ token: Token) {
        switch token {
        case .text(let text):
            self = .text(TextRun([text]))
        case .variable(let name, let escaped):
            self = .variable(ValuePath(name), escaped: escaped)
        case .section(let name, let body):
            self = .section(ValuePath(name), Template(tokens: body))
        case .invertedSection(let name, let body):
            self = .invertedSection(ValuePath(name), Template(tokens: body))
        case .blockExpansion(let name, let body, let indentation):
            self = .block(Block(name: name, defaultContent: Template(tokens: body), indentation: indentation))
        case .partial(let name, let dynamic, let indentation, let overrides):
            self = .partial(
                PartialCall(
                    target: dynamic ? .named(by: ValuePath(name)) : .template(name),
                    indentation: indentation,
                    overrides: overrides?.mapValues { Template(tokens: $0) }))
        case .blockDefinition, .pragma:
            return nil
        }
    }

    /// The bytes of text in the node, its sections' included.
    var textByteCount: Int {
        switch self {
        case .text(let run): run.text.utf8.count
        case .section(_, let body), .invertedSection(_, let body): body.textByteCount
        case .block(let block): block.defaultContent.textByteCount
        case .variable, .partial: 0
        }
    }
}
