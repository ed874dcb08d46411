import Diagnostics
import Foundation
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// A small web server on 127.0.0.1 that serves a built site folder, so a browser printing a leaflet sees exactly what
/// the web server would: pictures and stylesheets at their addresses under the base path.
///
/// It also answers as an HTTP proxy (`GET http://host/path`), so the browser can load the pages at the site's own host
/// name and the links in a printed PDF point at the website, not at this server. It answers `GET` only, one connection
/// a thread, and never serves a file outside the folder.
final class LocalServer: @unchecked Sendable {
    let root: String
    let basePath: String
    let port: UInt16
    private let socket: Int32

    /// Listens on a free port of 127.0.0.1.
    init(root: String, basePath: String) throws {
        self.root = root
        self.basePath = basePath
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else {
            throw EnvironmentError(
                "cannot open a socket for the local web server", at: root,
                hint: "check that the computer lets programs open network connections to themselves")
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && listen(socket, 16) == 0
                    && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else {
            close(socket)
            throw EnvironmentError(
                "cannot start the local web server on 127.0.0.1", at: root,
                hint: "check that the computer lets programs listen on 127.0.0.1")
        }
        self.socket = socket
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    /// The address of the server, for a browser's `--proxy-server`.
    var proxy: String { "http://127.0.0.1:\(port)" }

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            // Browsers open spare connections that may never carry a request: serve each on its own thread.
            Thread.detachNewThread { [self] in
                respond(to: client)
                close(client)
            }
        }
    }

    private func respond(to client: Int32) {
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { break }
            request += buffer[0..<count]
            if request.count >= 4 && request.suffix(4) == [13, 10, 13, 10] { break }
        }
        let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self).split(separator: " ")
        guard line.count >= 2, line[0] == "GET", let file = file(for: String(line[1])),
            let body = try? FileSystem.readBytes(file)
        else {
            send(client, status: "404 Not Found", type: "text/plain", body: Array("Not found\n".utf8))
            return
        }
        send(client, status: "200 OK", type: Self.contentType(of: file), body: body)
    }

    /// The file for a request's path, or nil when it is outside the base path or the folder.
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

    private func send(_ client: Int32, status: String, type: String, body: [UInt8]) {
        let head = "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + body
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { write(client, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            sent += count
        }
    }

    static func contentType(of path: String) -> String {
        switch Path.fileExtension(of: path) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        default: "application/octet-stream"
        }
    }
}
