import Content
import Diagnostics
import Utilities

/// The templates a build reads: Signpost's own (carried by the binary), with a folder on disk laid over them file by
/// file.
///
/// A trust that changes `layout/header.mustache` alone keeps every other default. With no defaults (the fixture sites'
/// tests), the folder is the whole set.
public struct TemplateFolder: Sendable {
    /// The folder on disk as the editor named it (`Templates`), whether or not it exists: diagnostics name its files,
    /// since that is where a template is changed.
    public let folder: String
    /// The files laid over the defaults, by path inside the folder.
    private let overrides: Set<String>
    private let defaults: [String: [UInt8]]
    /// Every path, sorted: `assets/signpost.css`, `layout/header.mustache`, `strings/en.yaml`.
    public let paths: [String]

    /// Lists `folder` (when it exists) over `defaults`; what the listing refused (a link out of the folder) is a
    /// diagnostic.
    public static func open(_ folder: String, defaults: [String: [UInt8]]) throws -> (TemplateFolder, [Diagnostic]) {
        var overrides = Set<String>()
        var problems: [Diagnostic] = []
        if FileSystem.isDirectory(folder) {
            let listing = try FileSystem.listing(of: folder)
            overrides = Set(listing.files)
            problems = listing.refused.map {
                $0.diagnostic(at: folder + "/" + $0.path, folder: "the templates folder")
            }
        }
        return (TemplateFolder(folder: folder, overrides: overrides, defaults: defaults), problems)
    }

    init(folder: String, overrides: Set<String>, defaults: [String: [UInt8]]) {
        self.folder = folder
        self.overrides = overrides
        self.defaults = defaults
        paths = overrides.union(defaults.keys).sorted()
    }

    /// The fingerprint of every file's path and bytes (each read in parallel), for the build cache, which takes it
    /// before any template is read: what every file of a build is made from, with the content.
    public func fingerprint() -> Fingerprint {
        let prints = Parallel.map(paths) { [self] path -> Fingerprint in
            switch origin(of: path) {
            case .file(let disk): Fingerprint.ofFile(disk)
            case .builtIn(let bytes): Fingerprint.of(bytes)
            case nil: Fingerprint.unreadable
            }
        }
        var made = Fingerprinter()
        for (path, print) in zip(paths, prints) {
            made.add(path)
            made.add(print)
        }
        return made.finish()
    }

    /// Where a file comes from.
    public enum Origin: Sendable, Equatable {
        /// The folder on disk, at this path.
        case file(String)
        /// Signpost's own copy.
        case builtIn([UInt8])
    }

    /// Where `path` comes from, or nil when there is no such template.
    public func origin(of path: String) -> Origin? {
        if overrides.contains(path) { return .file(shownPath(path)) }
        return defaults[path].map { .builtIn($0) }
    }

    /// The path a diagnostic names for `path`: the folder's file, which is where it would be changed.
    public func shownPath(_ path: String) -> String { folder + "/" + path }

    /// Whether there is such a template.
    public func contains(_ path: String) -> Bool { overrides.contains(path) || defaults[path] != nil }

    /// The paths under `prefix` (`assets/`), with the prefix taken off.
    public func paths(under prefix: String) -> [String] {
        paths.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// A file's text, at most `limit` bytes.
    public func readText(_ path: String, limit: Int = InputLimits.fileBytes) throws -> String {
        switch origin(of: path) {
        case .file(let disk): return try FileSystem.readText(disk, limit: limit)
        case .builtIn(let bytes): return String(decoding: bytes, as: UTF8.self)
        case nil: throw EnvironmentError("there is no such file", at: shownPath(path), hint: "")
        }
    }
}
