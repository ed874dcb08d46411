import Utilities

/// The content folder's pages and files, which links are resolved against.
public struct ContentIndex: Sendable {
    /// Page source path to site path.
    public let pages: [String: String]
    public let assets: [String: Asset]
    public let basePath: String

    public init(pages: [String: String], assets: [String: Asset], basePath: String) {
        self.pages = pages
        self.assets = assets
        self.basePath = basePath
    }

    /// Classifies `destination`, written in the file at `sourcePath`.
    public func target(of destination: String, from sourcePath: String) -> LinkTarget {
        if destination.hasPrefix("#") { return .sameDocument(fragment: String(destination.dropFirst())) }
        if Self.hasScheme(destination) || destination.hasPrefix("//") { return .external }
        // Everything from a `?` on is left out; a `#` before it starts the fragment.
        let bytes = destination.utf8
        let end = bytes.firstIndex(of: UInt8(ascii: "?")) ?? bytes.endIndex
        let hash = bytes[..<end].firstIndex(of: UInt8(ascii: "#"))
        let file = String(destination[..<(hash ?? end)]).removingPercentEncoding
        let fragment = hash.map { String(destination[bytes.index(after: $0)..<end]) }
        if file.isEmpty { return fragment.map { .sameDocument(fragment: $0) } ?? .sameDocument(fragment: "") }
        guard let path = Path.resolve(file, from: Path.directory(of: sourcePath)) else { return .outside }
        if pages[path] != nil { return .page(path: path, fragment: fragment) }
        if assets[path] != nil { return .asset(path: path) }
        return .missing(path: path)
    }

    /// The address the page uses for a target, or nil to leave the destination as written.
    public func url(for target: LinkTarget) -> String? {
        switch target {
        case .page(let path, let fragment):
            guard let sitePath = pages[path] else { return nil }
            return basePath + sitePath + (fragment.map { "#" + $0 } ?? "")
        case .asset(let path):
            return basePath + path
        case .external, .sameDocument, .missing, .outside:
            return nil
        }
    }

    /// `https:`, `mailto:`, `tel:` and any other scheme: an ASCII letter, then letters, digits, `+`, `-` or `.`, then `:`.
    static func hasScheme(_ destination: String) -> Bool {
        var bytes = destination.utf8.makeIterator()
        guard let first = bytes.next(), isASCIILetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard
                isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return false }
        }
        return false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
}
