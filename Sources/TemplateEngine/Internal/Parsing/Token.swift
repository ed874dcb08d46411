/// A piece of a parsed template, before it is made into render nodes: swift-mustache's `Token`, less lambdas.
enum Token {
    /// Text as written; each ends at a line break (included) or a tag.
    case text(String)
    case variable(String, escaped: Bool)
    case section(String, [Token])
    case invertedSection(String, [Token])
    /// `{{$name}}` directly inside a parent: what replaces the parent's block `name`.
    case blockDefinition(String, [Token])
    /// `{{$name}}` anywhere else: a block, shown with its default content unless a parent call replaces it.
    case blockExpansion(String, [Token], indentation: String)
    /// `{{>name}}` (with `overrides` nil) or `{{<name}}...{{/name}}`; `dynamic` for `{{>*key}}`, named by a value.
    case partial(String, dynamic: Bool, indentation: String?, overrides: [String: [Token]]?)
    /// `{{% CONTENT_TYPE: HTML }}`, which changes nothing, since values are always escaped for HTML.
    case pragma
}
