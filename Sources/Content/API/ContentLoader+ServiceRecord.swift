import Diagnostics
import Markdown

extension ContentLoader {
    /// Reads and checks one service record on its own, as a build would (its description rendered, links left as
    /// written): for tools that write records, such as the Open Referral importer.
    ///
    /// `path` is the record's path under the content folder, `services/<id>.yaml`; `display` the path in messages.
    public static func readServiceRecord(_ text: String, path: String, display: String) -> (Service, [Diagnostic]) {
        let sink = DiagnosticSink()
        let id = String(path.split(separator: "/").last?.dropLast(".yaml".count) ?? "")
        let result = ServiceReader.read(text, id: id, sourcePath: path, displayPath: display, sink: sink)
        var service = result.service
        if let description = result.description {
            service.description = ServiceDescription(
                markdown: description.markdown, document: MarkdownRenderer.render(description.markdown),
                lineOffset: description.lineOffset, columnOffset: description.columnOffset)
        }
        return (service, sink.items)
    }
}
