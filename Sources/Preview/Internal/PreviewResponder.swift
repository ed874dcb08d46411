import Diagnostics
import Hummingbird
import ServiceLifecycle
import Site
import Utilities

/// Answers the preview's requests from the session's pages and files, never from any other path on disk.
struct PreviewResponder: Sendable {
    let session: SiteSession
    let events: LiveReloadHub
    let hosts: RequestHost

    /// The longest request path answered: the site's longest address is a small part of it.
    static let longestPath = 2048

    func respond(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return text("Only GET and HEAD requests are served.\n", status: .methodNotAllowed, type: "text/plain; charset=utf-8")
        }
        guard hosts.allows(request.head.authority) else {
            // Another name for this address (DNS rebinding) would let a web page read the preview.
            return text(
                "This preview answers only requests for \(hosts.names.joined(separator: ", ")) or an IP address.\n",
                status: .misdirectedRequest,
                type: "text/plain; charset=utf-8")
        }
        guard request.uri.path.utf8.count <= Self.longestPath else {
            return text("This address is too long.\n", status: .uriTooLong, type: "text/plain; charset=utf-8")
        }
        switch RequestPath(request.uri.path, basePath: session.basePath) {
        case .refused:
            return text(
                "This address is refused: it could lead outside the site.\n", status: .badRequest,
                type: "text/plain; charset=utf-8")
        case .events:
            let problems = session.problems
            let stream = await events.subscribe(first: problems.isEmpty ? nil : .problems(problems))
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-store"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    // The stream never ends by itself: end it when the server is asked to stop.
                    for await event in stream.cancelOnGracefulShutdown() { try await writer.write(ByteBuffer(string: event)) }
                    try await writer.finish(nil)
                })
        case .script:
            return text(LiveReloadScript.source, status: .ok, type: "text/javascript; charset=utf-8")
        case .file(let path):
            return file(path)
        case .notFound:
            return notFound()
        }
    }

    private func file(_ path: String) -> Response {
        switch session.file(at: path) {
        case .text(let body):
            let type = MediaType.of(path)
            return text(type.hasPrefix("text/html") ? LiveReloadScript.inject(into: body) : body, status: .ok, type: type)
        case .disk(let source):
            guard let bytes = try? FileSystem.readBytes(source) else { return notFound() }
            return response(ByteBuffer(bytes: bytes), status: .ok, type: MediaType.of(path))
        case .bytes(let bytes):
            return response(ByteBuffer(bytes: bytes), status: .ok, type: MediaType.of(path))
        case nil:
            if !path.hasSuffix("index.html"), session.file(at: path + "/index.html") != nil {
                var headers = HTTPFields()
                headers[.location] = session.basePath + path + "/"
                return Response(status: .movedPermanently, headers: headers)
            }
            return notFound()
        }
    }

    private func notFound() -> Response {
        let problems = session.problems
        if !problems.isEmpty, session.file(at: "index.html") == nil {
            return text(
                LiveReloadScript.inject(into: ProblemsPage.html(problems)), status: .internalServerError,
                type: "text/html; charset=utf-8")
        }
        if case .text(let page) = session.file(at: "404.html") {
            return text(LiveReloadScript.inject(into: page), status: .notFound, type: "text/html; charset=utf-8")
        }
        return text("Not found\n", status: .notFound, type: "text/plain; charset=utf-8")
    }

    private func text(_ body: String, status: HTTPResponse.Status, type: String) -> Response {
        response(ByteBuffer(string: body), status: status, type: type)
    }

    private func response(_ body: ByteBuffer, status: HTTPResponse.Status, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
