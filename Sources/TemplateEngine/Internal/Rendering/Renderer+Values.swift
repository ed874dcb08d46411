extension Renderer {
    /// The value `path` names: its first name looked up from the innermost context out, the rest inside what that
    /// finds; nil when any is missing.
    ///
    /// An empty path is the innermost context.
    func lookUp(_ path: ValuePath) -> Any? {
        guard let first = path.components.first else { return stack.last?.value }
        // Each context is asked where it is on the stack, not copied out of it: a copy retains what it holds, and
        // every page's renders on every core share the site's contexts.
        let found: Any? = stack.withUnsafeBufferPointer { frames in
            if path.isAnchored { return frames.last?.child(named: first) }
            var index = frames.count
            while index > 0 {
                index -= 1
                if let child = frames[index].child(named: first) { return child }
            }
            return nil
        }
        guard var value = found else { return nil }
        for name in path.components.dropFirst() {
            guard let child = Frame(value).child(named: name) else { return nil }
            value = child
        }
        return value
    }

    /// Writes `value` as swift-mustache does: text as it is, anything else as `String(describing:)` shows it, an
    /// optional as what it wraps (`nil` when it wraps nothing).
    mutating func write(_ value: Any, escaped: Bool) {
        let valueType = type(of: value)
        if valueType == String.self, let text = value as? String {
            HTMLText.append(text, escaped: escaped, to: &output)
        } else if valueType == Int.self, let number = value as? Int {
            output += String(number)
        } else if valueType == Bool.self, let flag = value as? Bool {
            output += flag ? "true" : "false"
        } else {
            var shown = value
            if let optional = value as? any OptionalValue { shown = optional.wrappedAsAny ?? value }
            HTMLText.append(String(describing: shown), escaped: escaped, to: &output)
        }
    }

    /// `{{#name}}`: nothing for a missing value, `false` or an empty list; once for `true` (the contexts unchanged);
    /// once for each item of a list, pushed; once for anything else (text, even empty, a number, even 0, a
    /// dictionary, even empty), pushed.
    ///
    /// swift-mustache's `renderSection`.
    mutating func renderSection(_ found: Any?, _ body: Template, in scope: Scope) {
        guard let value = found else { return }
        let valueType = type(of: value)
        if valueType == Bool.self, let flag = value as? Bool {
            if flag { render(body, in: scope) }
        } else if Frame.isSingleContext(valueType) {
            render(body, in: scope, inside: Frame(value))
        } else if valueType == [[String: Any]].self, let list = value as? [[String: Any]] {
            for item in list { render(body, in: scope, inside: .dictionary(item)) }
        } else if valueType == [String].self, let list = value as? [String] {
            for item in list { render(body, in: scope, inside: .leaf(item)) }
        } else if valueType == [[String: String]].self, let list = value as? [[String: String]] {
            for item in list { render(body, in: scope, inside: .strings(item)) }
        } else if valueType == [Any].self, let list = value as? [Any] {
            for item in list { render(body, in: scope, inside: Frame(item)) }
        } else if let list = value as? any ListValue {
            for item in list.elementsAsAny { render(body, in: scope, inside: Frame(item)) }
        } else if let flag = value as? Bool {
            if flag { render(body, in: scope) }
        } else {
            render(body, in: scope, inside: Frame(value))
        }
    }

    /// `{{^name}}`: once, the contexts unchanged, for a missing value or `false`; once for an empty list, which is
    /// pushed; never for anything else.
    ///
    /// swift-mustache's `renderInvertedSection`.
    mutating func renderInvertedSection(_ found: Any?, _ body: Template, in scope: Scope) {
        guard let value = found else {
            render(body, in: scope)
            return
        }
        let valueType = type(of: value)
        if valueType == Bool.self, let flag = value as? Bool {
            if !flag { render(body, in: scope) }
        } else if Frame.isSingleContext(valueType) {
            return
        } else if let list = value as? any ListValue {
            if list.isEmpty { render(body, in: scope, inside: Frame(list)) }
        } else if let flag = value as? Bool {
            if !flag { render(body, in: scope) }
        }
    }
}
