import Foundation
import Mustache
import TemplateEngine
import Testing

/// Signpost's own templates (`Templates/`, and the fixture site's laid over them) rendered by both engines, with
/// contexts that give every name the templates use text, `true`, `false`, a list of text or a list of contexts: the
/// output must be swift-mustache's, byte for byte.
struct TemplateFolderParityTests {
    /// What each name the templates use is given.
    enum Values: String, CaseIterable, Sendable {
        case nothing, text, truth, falsehood, lists, items

        func context(for names: Set<String>) -> [String: Any] {
            switch self {
            case .nothing:
                return [:]
            case .text:
                return TemplateFolderParityTests.context(names) { "<\($0)> & 'x' \"y\"" }
            case .truth:
                return TemplateFolderParityTests.context(names) { _ in true }
            case .falsehood:
                return TemplateFolderParityTests.context(names) { _ in false }
            case .lists:
                return TemplateFolderParityTests.context(names) { _ in ["one", "two & <3>"] }
            case .items:
                let items = [
                    TemplateFolderParityTests.context(names) { "first \($0)" },
                    TemplateFolderParityTests.context(names) { "second \($0)" },
                ]
                return TemplateFolderParityTests.context(names) { _ in items }
            }
        }
    }

    /// The built-in templates, and the fixture site's laid over them: each by its name (its path without
    /// `.mustache`).
    static let folders: [[String: String]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let builtIn = TemplateFolderParityTests.templates(in: root.appendingPathComponent("Templates").path)
        let fixture = TemplateFolderParityTests.templates(
            in: root.appendingPathComponent("Tests/SiteTests/Fixtures/templates").path)
        return [builtIn, builtIn.merging(fixture) { _, site in site }]
    }()

    @Test(arguments: [0, 1], Values.allCases)
    func everyTemplateRendersAsSwiftMustache(folder: Int, values: Values) throws {
        let templates = Self.folders[folder]
        try #require(templates.count > 10)
        SignpostHTML.register()
        var ours = TemplateLibrary()
        var theirs = MustacheLibrary()
        for (name, text) in templates {
            try ours.register(text, named: name)
            try theirs.register(RenderCase.pragma + text, named: name)
        }
        let context = values.context(for: Self.names(in: Array(templates.values)))
        for name in templates.keys.sorted() {
            let mine = ours.render(context, withTemplate: name) ?? ""
            let expected = theirs.render(context, withTemplate: name) ?? ""
            if mine != expected {
                Issue.record("\(name).mustache, \(values): \(Self.firstDifference(mine, expected))")
            }
        }
    }

    /// The `.mustache` files under `folder`, by name.
    static func templates(in folder: String) -> [String: String] {
        var found: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: folder) ?? [] where path.hasSuffix(".mustache") {
            guard let text = try? String(contentsOfFile: folder + "/" + path, encoding: .utf8) else { continue }
            found[String(path.dropLast(".mustache".count))] = text
        }
        return found
    }

    /// The names the templates' tags look up, `date.iso` whole, found by a plain scan for `{{ }}`.
    static func names(in texts: [String]) -> Set<String> {
        var names = Set<String>()
        for text in texts {
            var rest = text[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
                rest = rest[close.upperBound...]
                guard let sigil = tag.first, !"!><$=%/".contains(sigil) else { continue }
                let name = tag.drop { "{&#^ ".contains($0) }.trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, name != "." { names.insert(name) }
            }
        }
        return names
    }

    /// A context giving each of `names` `value(name)`; `date.iso` is `iso` in a dictionary `date`, which wins over
    /// a value of `date` itself.
    static func context(_ names: Set<String>, value: (String) -> Any) -> [String: Any] {
        var context: [String: Any] = [:]
        for name in names.sorted() {
            insert(name.split(separator: ".").map(String.init), value: value(name), into: &context)
        }
        return context
    }

    static func insert(_ path: [String], value: Any, into dictionary: inout [String: Any]) {
        guard let first = path.first else { return }
        guard path.count > 1 else {
            if dictionary[first] == nil { dictionary[first] = value }
            return
        }
        var inner = dictionary[first] as? [String: Any] ?? [:]
        insert(Array(path.dropFirst()), value: value, into: &inner)
        dictionary[first] = inner
    }

    /// The first line on which two outputs differ, for a readable failure.
    static func firstDifference(_ ours: String, _ theirs: String) -> String {
        let ourLines = ours.split(separator: "\n", omittingEmptySubsequences: false)
        let theirLines = theirs.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(ourLines.count, theirLines.count) {
            let our = index < ourLines.count ? String(ourLines[index]) : "(nothing)"
            let their = index < theirLines.count ? String(theirLines[index]) : "(nothing)"
            if our != their {
                return "line \(index + 1): ours \(String(reflecting: our)), swift-mustache's \(String(reflecting: their))"
            }
        }
        return "the same lines, different line breaks"
    }
}
