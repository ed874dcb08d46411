/// The host names the preview answers to: the address it listens on, and this computer's own names when it listens on
/// this computer alone.
///
/// A request naming any other host is refused, so a web page whose name is made to point here (DNS rebinding) cannot
/// read the preview.
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

    /// Whether a request's `Host` (with or without a port) is one of `names` or an IP address; a request with none is
    /// refused.
    ///
    /// An address is safe to answer: rebinding needs a name, and a page at an address is that address's. So other
    /// computers reach a preview served on `0.0.0.0` by this computer's address.
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
        return names.contains(String(name)) || Self.isAddress(name)
    }

    /// `192.168.1.20` or `[fe80::1]`.
    static func isAddress(_ name: Substring) -> Bool {
        if name.hasPrefix("[") {
            return name.hasSuffix("]") && name.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                    && (Int(part) ?? 256) < 256
            }
    }

    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[" + host + "]" : host
    }
}
