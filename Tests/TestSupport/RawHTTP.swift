import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A bare HTTP/1.1 client on a socket, shared by the preview's and the print server's tests.
///
/// Tests send paths exactly as written (no client tidies `..` away, and a proxy's absolute address goes as it is) and
/// can read a server-sent event stream as it arrives.
public final class RawHTTP {
    private let socket: Int32

    public init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(socket) }

    public func send(_ path: String, host: String = "127.0.0.1") {
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n"
        _ = request.withCString { write(socket, $0, strlen($0)) }
    }

    /// Reads until `marker` has arrived (or the connection closes, or `seconds` pass); everything read so far.
    public func read(until marker: String? = nil, seconds: Double = 10) -> String {
        var received = [UInt8]()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = Glibc.read(socket, &buffer, buffer.count)
            if count <= 0 { break }
            received += buffer[0..<count]
            if let marker, String(decoding: received, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// One whole GET request: the status line's code and the body.
    public static func get(_ path: String, port: Int, host: String = "127.0.0.1") throws -> (status: Int, body: String) {
        let client = try RawHTTP(port: port)
        client.send(path, host: host)
        let response = client.read()
        let status = Int(response.split(separator: " ").dropFirst().first ?? "") ?? 0
        let body = response.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return (status, body)
    }

    /// One whole request and its whole response, headers included, read on a Dispatch thread: a blocking read on one
    /// of the few threads Swift concurrency runs tasks on would keep the server under test from answering.
    public static func fetch(_ target: String, port: Int, host: String) async throws -> String {
        try await withCheckedThrowingContinuation { done in
            DispatchQueue.global().async {
                done.resume(
                    with: Result {
                        let client = try RawHTTP(port: port)
                        client.send(target, host: host)
                        return client.read()
                    })
            }
        }
    }
}
