/// Renders a template of a library into text, as swift-mustache renders it.
///
/// The contexts are one stack for the whole render, pushed and popped around sections, where swift-mustache copies
/// its stack for each; nothing else is allocated but the output and the odd number's text. The output is a `String`
/// made of the templates' and the values' own strings: valid UTF-8 as it grows, never checked again (a page of bytes
/// made into a string would be, whole).
struct Renderer {
    /// How deeply partials and parents may nest before the next is left out, for a template that includes itself
    /// with no end.
    ///
    /// swift-mustache has no such limit, and overflows the stack.
    static let maximumDepth = 100

    let templates: [String: Template]
    var output = ""
    var stack: [Frame]
    var depth = 0

    init(templates: [String: Template], context: Any) {
        self.templates = templates
        stack = [Frame(context)]
        stack.reserveCapacity(16)
    }

    /// Starts another render after this one's output, with `context` the only context.
    mutating func start(with context: Any) {
        stack.removeAll(keepingCapacity: true)
        stack.append(Frame(context))
        depth = 0
    }

    /// Renders `template` as one of swift-mustache's `render(context:)` calls.
    ///
    /// Under an indentation, each node is indented when it renders something and what this call has written so far
    /// ends with a line break (`\n`, not `\r\n`); what earlier calls wrote does not count, so the first line of a
    /// call is never indented by it.
    mutating func render(_ template: Template, in scope: Scope) {
        guard !scope.indentation.isEmpty else {
            for node in template.nodes {
                render(node, in: scope)
            }
            return
        }
        let start = output.utf8.count
        for node in template.nodes {
            if case .text(let run) = node {
                writeIndented(run, indentation: scope.indentation, since: start)
            } else if endsWithLineBreak(since: start) {
                output += scope.indentation
                let mark = output.utf8.count
                render(node, in: scope)
                if output.utf8.count == mark {  // the spaces and tabs just written, by their bytes
                    output.removeSubrange(output.utf8.index(output.endIndex, offsetBy: -scope.indentation.utf8.count)...)
                }
            } else {
                render(node, in: scope)
            }
        }
    }

    mutating func render(_ node: Node, in scope: Scope) {
        switch node {
        case .text(let run):
            output += run.text
        case .variable(let path, let escaped):
            if let value = lookUp(path) { write(value, escaped: escaped) }
        case .section(let path, let body):
            renderSection(lookUp(path), body, in: scope)
        case .invertedSection(let path, let body):
            renderInvertedSection(lookUp(path), body, in: scope)
        case .block(let block):
            render(scope.overrides?[block.name] ?? block.defaultContent, in: scope.indented(by: block.indentation))
        case .partial(let call):
            renderPartial(call, in: scope)
        }
    }

    /// Renders the template `call` names; nothing when the library has none of that name.
    mutating func renderPartial(_ call: PartialCall, in scope: Scope) {
        let name: String
        switch call.target {
        case .template(let named):
            name = named
        case .named(let path):
            guard let value = lookUp(path), let named = value as? String else { return }
            name = named
        }
        guard let template = templates[name], depth < Self.maximumDepth else { return }
        depth += 1
        render(template, in: scope.entering(call))
        depth -= 1
    }

    /// Renders `body` with `frame` pushed on the context stack.
    mutating func render(_ body: Template, in scope: Scope, inside frame: Frame) {
        stack.append(frame)
        render(body, in: scope)
        stack.removeLast()
    }

    /// Each piece of `run`, indented when what this call has written since `start` ends a line.
    mutating func writeIndented(_ run: TextRun, indentation: String, since start: Int) {
        for piece in run.pieces {
            if endsWithLineBreak(since: start) { output += indentation }
            output += piece
        }
    }

    /// Whether the output since `start` (a count of bytes) ends with the character `\n`: a line feed that is not half
    /// of `\r\n`.
    func endsWithLineBreak(since start: Int) -> Bool {
        let bytes = output.utf8
        let count = bytes.count
        guard count > start, bytes.last == UInt8(ascii: "\n") else { return false }
        return count - start == 1 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }
}
