import Diagnostics
import Foundation
import Hummingbird
import Logging
import Utilities

/// A web server on 127.0.0.1 that serves a built site folder while leaflets print, so the browser sees exactly what
/// the website's server would: pictures and stylesheets at their addresses under the base path.
///
/// It also answers as an HTTP proxy (`GET http://host/path`), so the browser loads pages at the site's own host name
/// and the links in a printed PDF name the website, not this server. It answers `GET` and `HEAD` only, and never
/// serves a file that lies outside the folder once links are resolved.
struct SiteFileServer: Sendable {
    let root: String
    let basePath: String

    /// Serves the folder on a free port for as long as `body` runs; `body` gets the server's address for a browser's
    /// `--proxy-server`.
    func serving<T: Sendable>(_ body: @escaping @Sendable (_ proxy: String) async throws -> T) async throws -> T {
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "signpost.print")
        logger.logLevel = .critical
        let server = self
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in server.respond(to: request) },
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0), serverName: "signpost"),
            onServerRunning: { channel in portSink.yield(channel.localAddress?.port ?? 0) },
            logger: logger)
        let running = Task { try await app.runService() }
        defer { running.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            throw EnvironmentError(
                "cannot start the local web server on 127.0.0.1", at: root,
                hint: "check that the computer lets programs listen on 127.0.0.1")
        }
        return try await body("http://127.0.0.1:\(port)")
    }

    func respond(to request: Request) -> Response {
        guard request.method == .get || request.method == .head else {
            return text("Only GET and HEAD are served.\n", .methodNotAllowed)
        }
        guard let file = file(for: request.uri.path), let bytes = try? FileSystem.readBytes(file) else {
            return text("Not found\n", .notFound)
        }
        var headers = HTTPFields()
        headers[.contentType] = MediaType.of(file)
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The file for a request's path (or a proxy request's whole address), or nil when it is outside the base path or
    /// the folder.
    func file(for target: String) -> String? {
        var target = Substring(target)
        if let scheme = target.range(of: "://") {
            target = target[scheme.upperBound...].drop { $0 != "/" }
        }
        let path = String(target.prefix { $0 != "?" && $0 != "#" }).removingPercentEncoding ?? ""
        guard path.hasPrefix(basePath), let relative = Path.resolve(String(path.dropFirst(basePath.count)), from: "")
        else { return nil }
        var file = root + "/" + relative
        if FileSystem.isDirectory(file) { file += "/index.html" }
        guard FileSystem.exists(file) && !FileSystem.isDirectory(file) else { return nil }
        // Resolved, links included, the file must still lie inside the site.
        let site = FileSystem.canonicalPath(root)
        return FileSystem.canonicalPath(file).hasPrefix(site == "/" ? "/" : site + "/") ? file : nil
    }

    private func text(_ body: String, _ status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
