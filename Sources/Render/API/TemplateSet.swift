import Diagnostics
import Mustache
import Utilities

/// The Mustache templates of a templates folder, parsed once and shared by every page.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The folder they came from.
    public let root: String

    /// The templates every build needs.
    static let required = [
        "pages/guide", "pages/page", "pages/home", "pages/section", "pages/not-found", "pages/services", "pages/service",
        "pages/service-category", "pages/report",
    ]

    /// Loads every `.mustache` file under `root`, reporting each that does not parse and each missing one.
    public static func load(from root: String) throws -> (TemplateSet, [Diagnostic]) {
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        var names = Set<String>()
        for path in try FileSystem.files(under: root) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            do {
                try library.register(try FileSystem.readText(root + "/" + path), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(.error(
                    "this template does not parse: \(error.error)",
                    at: SourceLocation(path: root + "/" + path, line: error.context.lineNumber, column: error.context.columnNumber),
                    hint: "check that every {{#section}} has its {{/section}}"))
            } catch {
                problems.append(.error("cannot read this template: \(error)", at: SourceLocation(path: root + "/" + path)))
            }
        }
        for name in required where !names.contains(name) {
            problems.append(.error(
                "the template \(name).mustache is missing", at: SourceLocation(path: root + "/" + name + ".mustache"),
                hint: "every templates folder needs \(required.map { $0 + ".mustache" }.joined(separator: ", "))"))
        }
        return (TemplateSet(library: library, root: root), problems)
    }

    func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
