/// A parsed template, ready to render: its nodes, in order.
///
/// A section's body, a block's default content and a parent call's overrides are templates too. swift-mustache
/// renders each of them into a text of its own, and a partial's indentation goes in front of a node only when that
/// text so far ends a line, so the renderer keeps the same boundaries (`Renderer.render(_:in:)`).
struct Template: Sendable {
    let nodes: [Node]
    /// The bytes of text in the template and its sections: a first guess at the size of what it renders.
    let textByteCount: Int

    /// The template `text` parses into.
    ///
    /// - Throws: `TemplateSyntaxError`.
    init(parsing text: String) throws(TemplateSyntaxError) {
        let tokens = try TemplateParser.tokens(in: text)
        self.init(tokens: tokens)
    }

    /// The nodes of `tokens`, runs of text joined; pragmas, which change nothing, are left out.
    init(tokens: [Token]) {
        var nodes: [Node] = []
        var pieces: [String] = []
        for token in tokens {
            if case .text(let piece) = token {
                pieces.append(piece)
                continue
            }
            guard let node = Node(token) else { continue }
            if !pieces.isEmpty {
                nodes.append(.text(TextRun(pieces)))
                pieces = []
            }
            nodes.append(node)
        }
        if !pieces.isEmpty { nodes.append(.text(TextRun(pieces))) }
        self.nodes = nodes
        textByteCount = nodes.reduce(0) { $0 + $1.textByteCount }
    }
}
