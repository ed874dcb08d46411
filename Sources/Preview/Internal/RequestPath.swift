/// What a request's path asks for.
///
/// Paths that could climb out of the site are refused before anything is looked up: `..` or `.` parts, written plainly
/// or percent-encoded, encoded slashes and backslashes, and encoded nulls.
enum RequestPath: Equatable {
    /// The live-reload event stream.
    case events
    /// The live-reload script.
    case script
    /// A file of the site, by its path under the base path (`guides/x/index.html`).
    case file(String)
    /// Outside the base path.
    case notFound
    case refused

    static let eventsPath = "/_signpost/events"
    static let scriptPath = "/_signpost/live-reload.js"

    init(_ raw: String, basePath: String) {
        let lower = raw.lowercased()
        guard !raw.contains("\\"), !["%2f", "%5c", "%00"].contains(where: lower.contains), let path = Self.percentDecoded(raw)
        else {
            self = .refused
            return
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            self = .refused
            return
        }
        if path == Self.eventsPath {
            self = .events
        } else if path == Self.scriptPath {
            self = .script
        } else if path.hasPrefix(basePath) || path + "/" == basePath {
            var rest = String(path.dropFirst(min(basePath.count, path.count)))
            if rest.isEmpty || rest.hasSuffix("/") { rest += "index.html" }
            self = .file(rest)
        } else {
            self = .notFound
        }
    }

    /// `%41` to `A`; nil when an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
