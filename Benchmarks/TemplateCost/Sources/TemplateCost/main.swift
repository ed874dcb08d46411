// Renders small templates many times and prints the time a render and a tag, so the cost of a page's
// template can be told from the number of its tags. Signpost's contexts are `[String: Any]` with String values;
// the swift-mustache rows after them use the fastest value types it offers (a `MustacheParent` class and
// `MustacheCustomRenderable` text), to show how much of the cost is the library's own. The last rows render the same
// templates and contexts with Signpost's TemplateEngine, and check that its output is swift-mustache's.
import Foundation
import Mustache
import TemplateEngine

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

func report(_ name: String, seconds: Double, renders: Int, tags: Int, bytes: Int) {
    let render = seconds / Double(renders) * 1e6
    let name = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    let tag = tags > 0 ? render / Double(tags) : 0
    print(name, String(format: "%8.2f µs a render  %6.3f µs a tag", render, tag), bytes > 0 ? "" : "(empty)")
}

func measure(_ name: String, template: String, tags: Int, context: Any, renders: Int = 5_000) throws {
    let library = try MustacheLibrary(templates: ["t": try MustacheTemplate(string: template)])
    var bytes = 0
    _ = library.render(context, withTemplate: "t")
    let start = ContinuousClock.now
    for _ in 0..<renders { bytes += library.render(context, withTemplate: "t")?.utf8.count ?? 0 }
    report(name, seconds: (ContinuousClock.now - start) / .seconds(1), renders: renders, tags: tags, bytes: bytes)
}

/// The same with Signpost's engine, after checking that it renders what swift-mustache renders.
func measureEngine(_ name: String, template: String, tags: Int, context: Any, renders: Int = 50_000) throws {
    var library = TemplateLibrary()
    try library.register(template, named: "t")
    let expected = try MustacheTemplate(string: template).render(context)
    guard library.render(context, withTemplate: "t") == expected else {
        print(name, "renders differently from swift-mustache")
        return
    }
    var bytes = 0
    let start = ContinuousClock.now
    for _ in 0..<renders { bytes += library.render(context, withTemplate: "t")?.utf8.count ?? 0 }
    report(name, seconds: (ContinuousClock.now - start) / .seconds(1), renders: renders, tags: tags, bytes: bytes)
}

let text = String(repeating: "some text ", count: 100)
let hundred = String(repeating: "{{a}} ", count: 100)
let sections = String(repeating: "{{#b}}y{{/b}} ", count: 100)
let items = "{{#list}}{{a}}{{/list}}"
let page: [String: Any] = ["a": "x"]
let flags: [String: Any] = ["b": true]
let ownItems: [String: Any] = ["list": Array(repeating: ["a": "y"], count: 100)]
let pageItems: [String: Any] = ["a": "x", "list": Array(repeating: ["z": "y"], count: 100)]

print("swift-mustache 2.1.1")
try measure("text alone, no tags", template: text, tags: 0, context: page)
try measure("100 {{a}}, [String: Any] and String", template: hundred, tags: 100, context: page)
try measure("100 true {{#b}} sections", template: sections, tags: 100, context: flags)
try measure("a list of 100, {{a}} from each item", template: items, tags: 100, context: ownItems)
try measure("a list of 100, {{a}} from the page", template: items, tags: 100, context: pageItems)
try measure("100 {{a}}, MustacheParent and Text", template: hundred, tags: 100, context: Object(["a": Text(text: "x")]))
try measure(
    "a list of 100, the same", template: items, tags: 100,
    context: Object(["list": Array(repeating: Object(["a": Text(text: "y")]), count: 100)]))

print("Signpost's TemplateEngine")
try measureEngine("text alone, no tags", template: text, tags: 0, context: page)
try measureEngine("100 {{a}}, [String: Any] and String", template: hundred, tags: 100, context: page)
try measureEngine("100 true {{#b}} sections", template: sections, tags: 100, context: flags)
try measureEngine("a list of 100, {{a}} from each item", template: items, tags: 100, context: ownItems)
try measureEngine("a list of 100, {{a}} from the page", template: items, tags: 100, context: pageItems)
try measureEngine("100 {{a}} with text to escape", template: hundred, tags: 100, context: ["a": "Tea & toast"] as [String: Any])
