/// The host names the preview answers to: the address it listens on, and this computer's own names when it
/// listens on this computer alone. A request naming any other host is refused, so a web page whose name is
/// made to point here (DNS rebinding) cannot read the preview.
struct RequestHost: Sendable {
    /// Lower-case host names, without ports; IPv6 addresses in brackets.
    let names: [String]

    init(listeningOn host: String) {
        var names = [Self.bracketed(host.lowercased())]
        if PreviewServer.isLoopback(host) || host == "0.0.0.0" || host == "::" {
            names += ["localhost", "127.0.0.1", "[::1]"]
        }
        var seen = Set<String>()
        self.names = names.filter { seen.insert($0).inserted }
    }

    /// Whether a request's `Host` (with or without a port) is one of `names`; a request with none is refused.
    func allows(_ header: String?) -> Bool {
        guard let header, !header.isEmpty else { return false }
        let lower = header.lowercased()
        let name: Substring
        if lower.hasPrefix("[") {
            guard let close = lower.firstIndex(of: "]") else { return false }
            name = lower[...close]
        } else {
            name = lower.prefix { $0 != ":" }
        }
        return names.contains(String(name))
    }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host
    }
}
