import Diagnostics
import Markdown
import Utilities

extension ContentLoader {
    /// Reads one service record; its description is rendered once every file's address is known.
    ///
    /// A record `store` kept for the file as it is now is taken from there; a record read is handed to it.
    static func readService(
        _ path: String, root: String, display: String, store: (any ServiceRecordStore)? = nil
    ) -> (ServiceReader.Result, [Diagnostic]) {
        if let kept = store?.kept(path), let record = StoredServiceRecord.read(kept, path: path, display: display) {
            return record
        }
        let sink = DiagnosticSink()
        let id = String(Path.fileName(of: path).dropLast(".yaml".count))
        guard let bytes = ContentFileReader.bytes(root + "/" + path, display: display, sink: sink) else {
            return (ServiceReader.Result(service: Service(id: id, sourcePath: path, displayPath: display)), sink.items)
        }
        let text = ContentFileReader.text(of: bytes)
        if !isWebSafeID(id) {
            sink.error(
                "`\(id)` cannot be a service's id: the file name is its web address", at: SourceLocation(path: display),
                hint: "rename the file using only lower-case letters, digits and hyphens, for example `pals.yaml`")
        } else if SitePaths.reservedServiceIDs.contains(id) {
            sink.error(
                "a service cannot be called `\(id)`: the directory uses that address", at: SourceLocation(path: display),
                hint: "rename the file, for example `\(id)-service.yaml`")
        }
        let result = ServiceReader.read(text, id: id, sourcePath: path, displayPath: display, sink: sink)
        // Kept by the fingerprint of the very bytes read: a file edited since it was fingerprinted is read again next time.
        store?.read(
            path, fingerprint: Fingerprint.of(bytes),
            record: StoredServiceRecord.bytes(result, sink.items, path: path, display: display))
        return (result, sink.items)
    }

    /// The service with its description rendered through the Markdown stage, links resolved like a guide's.
    static func renderDescription(_ result: ServiceReader.Result, index: ContentIndex, options: MarkdownOptions) -> Service {
        var service = result.service
        if let description = result.description {
            let document = MarkdownRenderer.render(
                description.markdown, options: options,
                resolver: PageLinkResolver(index: index, sourcePath: service.sourcePath),
                gathering: KioskLinkResolver(index: index, sourcePath: service.sourcePath, urlPath: service.urlPath))
            service.description = ServiceDescription(
                markdown: description.markdown, document: document, lineOffset: description.lineOffset,
                columnOffset: description.columnOffset)
        }
        return service
    }

    private static func isWebSafeID(_ id: String) -> Bool { ContentPaths.isWebSafeName(id) }
}
