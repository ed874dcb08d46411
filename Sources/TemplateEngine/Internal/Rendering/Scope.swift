/// What a template renders inside besides its contexts: the indentation of the partials and blocks around it, and
/// the blocks the parent calls around it override.
///
/// swift-mustache's `MustacheContext`, less its stack of values, which the renderer keeps in one array.
struct Scope {
    /// Put in front of each line a template renders after its first; empty outside indented partials.
    var indentation = ""
    /// Each block's new content, by name; the outermost parent call's wins.
    var overrides: [String: Template]?

    /// The scope of a block whose tag had `more` spaces and tabs before it.
    func indented(by more: String) -> Scope {
        guard !more.isEmpty else { return self }
        var scope = self
        scope.indentation += more
        return scope
    }

    /// The scope of the template `call` renders.
    ///
    /// A plain partial keeps the overrides around it, so blocks inside a parent's partials are overridden too; a
    /// parent call adds its own, under those already there (`merging` keeps the outer content of a block).
    func entering(_ call: PartialCall) -> Scope {
        var scope = self
        if let more = call.indentation { scope.indentation += more }
        if let inner = call.overrides {
            if let outer = overrides {
                scope.overrides = outer.merging(inner) { outerContent, _ in outerContent }
            } else {
                scope.overrides = inner
            }
        }
        return scope
    }
}
