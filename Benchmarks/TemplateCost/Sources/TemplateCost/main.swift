// Renders small templates many times and prints the time a render and a tag, so the cost of a page's
// template can be told from the number of its tags. Signpost's contexts are `[String: Any]` with String values;
// the last two rows are the fastest value types swift-mustache offers (a `MustacheParent` class and
// `MustacheCustomRenderable` text), to show how much of the cost is the library's own.
import Foundation
import Mustache

final class Object: MustacheParent, @unchecked Sendable {
    let values: [String: Any]
    init(_ values: [String: Any]) { self.values = values }
    func child(named name: String) -> Any? { values[name] }
}

struct Text: MustacheCustomRenderable {
    let text: String
    var renderText: String { text }
    var isNull: Bool { false }
}

func measure(_ name: String, template: String, tags: Int, context: Any, renders: Int = 5_000) throws {
    let library = try MustacheLibrary(templates: ["t": try MustacheTemplate(string: template)])
    var bytes = 0
    _ = library.render(context, withTemplate: "t")
    let start = ContinuousClock.now
    for _ in 0..<renders { bytes += library.render(context, withTemplate: "t")?.utf8.count ?? 0 }
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    let render = seconds / Double(renders) * 1e6
    let name = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    let tag = tags > 0 ? render / Double(tags) : 0
    print(name, String(format: "%8.1f µs a render  %6.2f µs a tag", render, tag), bytes > 0 ? "" : "(empty)")
}

let hundred = String(repeating: "{{a}} ", count: 100)
let items = "{{#list}}{{a}}{{/list}}"
try measure("text alone, no tags", template: String(repeating: "some text ", count: 100), tags: 0, context: ["a": "x"])
try measure("100 {{a}}, [String: Any] and String", template: hundred, tags: 100, context: ["a": "x"] as [String: Any])
try measure("100 true {{#b}} sections", template: String(repeating: "{{#b}}y{{/b}} ", count: 100), tags: 100,
    context: ["b": true] as [String: Any])
try measure("a list of 100, {{a}} from each item", template: items, tags: 100,
    context: ["list": Array(repeating: ["a": "y"], count: 100)] as [String: Any])
try measure("a list of 100, {{a}} from the page", template: items, tags: 100,
    context: ["a": "x", "list": Array(repeating: ["z": "y"], count: 100)] as [String: Any])
try measure("100 {{a}}, MustacheParent and Text", template: hundred, tags: 100, context: Object(["a": Text(text: "x")]))
try measure("a list of 100, the same", template: items, tags: 100,
    context: Object(["list": Array(repeating: Object(["a": Text(text: "y")]), count: 100)]))
