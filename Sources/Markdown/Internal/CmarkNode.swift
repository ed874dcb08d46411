import CCmark

/// Thin, safe accessors over a libcmark node pointer.
///
/// libcmark hands nodes out as `OpaquePointer`; every string it returns is owned by the node, and lives in the
/// document's `CmarkArena` (those from `cmark_render_*` too), so it is copied out, never kept or freed.
struct CmarkNode {
    let pointer: OpaquePointer

    /// Parses `text` into a document in the current `CmarkArena`; nil outside `CmarkArena.run`.
    static func parseDocument(_ text: String, options: Int32) -> CmarkNode? {
        guard CmarkArena.isRunning else { return nil }
        var text = text
        return text.withUTF8 { buffer in
            guard let parser = cmark_parser_new_with_mem(options, CmarkArena.memory) else { return nil }
            defer { cmark_parser_free(parser) }
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            return cmark_parser_finish(parser).map(CmarkNode.init)
        }
    }

    /// A new node of `type` in the current `CmarkArena`, as every node of a tree must be; nil outside `CmarkArena.run`.
    static func make(_ type: cmark_node_type) -> CmarkNode? {
        guard CmarkArena.isRunning else { return nil }
        return cmark_node_new_with_mem(type, CmarkArena.memory).map(CmarkNode.init)
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var position: Position {
        Position(line: Int(cmark_node_get_start_line(pointer)), column: Int(cmark_node_get_start_column(pointer)))
    }

    /// The children, read as they are walked: a loop that moves or removes them walks `Array(children)`.
    var children: Children { Children(first: firstChild) }

    struct Children: Sequence, IteratorProtocol {
        var first: CmarkNode?

        mutating func next() -> CmarkNode? {
            defer { first = first?.next }
            return first
        }
    }

    /// The text of this node and everything inside it, without markup.
    var plainText: String {
        var text = ""
        appendPlainText(to: &text)
        return text
    }

    private func appendPlainText(to text: inout String) {
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            text += literal
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            text += " "
        default:
            for child in children { child.appendPlainText(to: &text) }
        }
    }

    /// Whether a node of `type` is anywhere inside.
    func contains(_ wanted: cmark_node_type) -> Bool {
        children.contains { $0.type == wanted || $0.contains(wanted) }
    }

    func setURL(_ url: String) { cmark_node_set_url(pointer, url) }

    /// The HTML a custom node prints where it starts.
    func setOnEnter(_ html: String) { cmark_node_set_on_enter(pointer, html) }

    /// Puts `replacement` where this node is, moves this node's children into it, and frees this node.
    func replace(with replacement: CmarkNode, keepingChildren: Bool) {
        if keepingChildren {
            for child in Array(children) { cmark_node_append_child(replacement.pointer, child.pointer) }
        }
        cmark_node_replace(pointer, replacement.pointer)
        cmark_node_free(pointer)
    }

    /// Moves the children out in front of this node, then frees it.
    func unwrap() {
        for child in Array(children) { cmark_node_insert_before(pointer, child.pointer) }
        remove()
    }

    /// Puts `node` after this one, as its next sibling.
    func insertAfter(_ node: CmarkNode) { cmark_node_insert_after(pointer, node.pointer) }

    /// A text node holding `literal`.
    static func text(_ literal: String) -> CmarkNode? {
        guard let node = make(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node.pointer, literal)
        return node
    }

    func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// A raw-HTML node that libcmark prints as it is, whatever the safety option.
    static func custom(block: Bool, enter: String, exit: String) -> CmarkNode? {
        guard let node = make(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE) else { return nil }
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    func renderHTML(options: Int32) -> String {
        cmark_render_html(pointer, options).map { String(cString: $0) } ?? ""
    }
}
