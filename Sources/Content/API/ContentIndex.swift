import Utilities

/// The content folder's pages and files, which links are resolved against.
public struct ContentIndex: Sendable {
    /// Page source path to site path.
    public let pages: [String: String]
    public let assets: [String: Asset]
    public let basePath: String
    /// The language codes each page is translated into, by its English page's path.
    public let translations: [String: Set<String>]

    public init(pages: [String: String], assets: [String: Asset], basePath: String, translations: [String: Set<String>] = [:]) {
        self.pages = pages
        self.assets = assets
        self.basePath = basePath
        self.translations = translations
    }

    /// The languages `sourcePath` is translated into, in the order of site.yaml.
    public func languages(of sourcePath: String, in config: SiteConfig) -> [SiteLanguage] {
        guard let codes = translations[sourcePath] else { return [] }
        return config.languages.filter { codes.contains($0.code) }
    }

    /// The site path of a guide's easy-read version (`easy-read/a/b/` for `guides/a/b.md`), or nil when it has none.
    public func easyRead(ofGuide sourcePath: String) -> String? {
        guard sourcePath.hasPrefix(ContentPaths.guides) else { return nil }
        return pages[ContentPaths.easyReadPath(forGuide: sourcePath)]
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
    ///
    /// From a page in `language`, a page translated into it is that language's version.
    public func url(for target: LinkTarget, in language: SiteLanguage? = nil) -> String? {
        switch target {
        case .page(let path, let fragment):
            guard let sitePath = pages[path] else { return nil }
            let folder = language.flatMap { translations[path]?.contains($0.code) == true ? $0.folder : nil } ?? ""
            return basePath + folder + sitePath + (fragment.map { "#" + $0 } ?? "")
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
