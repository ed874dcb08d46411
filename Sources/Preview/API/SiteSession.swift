import Checks
import Content
import Diagnostics
import Render
import Site
import Synchronization
import Utilities

/// The site held in memory for `signpost serve`: loaded and checked once, each page made when it is first asked for,
/// then brought up to date after each edit by rebuilding only what the edit changes.
///
/// An edited guide is read again and checked with the pages that link to it; if nothing is wrong, it is
/// rendered again at once, and its section's page, the home page, the pages that link to it, the sitemap
/// and the health report when they are next asked for.
/// A template edit renders again the pages that use it. An added or removed file, or an edit to
/// `site.yaml` or `checks.yaml`, loads everything again. When an edit brings an error, the last good
/// site is kept and `problems` says what is wrong.
public final class SiteSession: Sendable {
    private let options: BuildOptions
    private let state: Mutex<SessionState>

    /// Loads and checks the whole site; a page is made when it is first asked for.
    ///
    /// Throws when a folder is missing; content errors are in `problems`.
    public init(_ options: BuildOptions) throws {
        try SiteBuilder.checkFolders(options, writing: false)
        self.options = options
        state = Mutex(try SessionState.load(options))
    }

    /// A file of the site by its path under the base path (`guides/x/index.html`), or nil.
    public func file(at path: String) -> SiteFile? {
        state.withLock { state in
            if let text = state.page(at: path) { return .text(text) }
            switch state.assets[path] {
            case .file(let source): return .disk(source)
            case .builtIn(let bytes): return .bytes(bytes)
            case nil: return nil
            }
            return nil
        }
    }

    /// What is wrong with the content now, sorted; empty when the site served is up to date.
    public var problems: [Diagnostic] { state.withLock { $0.problems } }

    /// Warnings found in the content the site was last built from.
    public var warnings: [Diagnostic] { state.withLock { $0.warnings } }

    /// The path every page address starts with (`/` or `/pals/`).
    public var basePath: String { state.withLock { $0.content.config.basePath } }

    /// How many times the site has changed since it was loaded.
    public var generation: Int { state.withLock { $0.generation } }

    /// The folders whose files make the site: the content and the templates (when there is a templates folder; its
    /// files are laid over the built-in ones).
    public var folders: [String] { SessionState.folders(options) }

    /// Looks for edits and rebuilds what they change; nil when nothing changed.
    ///
    /// `changed` names the files that may have changed (from a `DirectoryWatcher`); without it, every file is looked
    /// at.
    public func refresh(changed: Set<String>? = nil) throws -> SessionUpdate? {
        var updates: [String: FileStamp?] = [:]
        if let changed {
            for path in changed { updates[path] = .some(FileStamp(path: path)) }
        } else {
            let stamps = try SessionState.stamps(options)
            let known = state.withLock { $0.stamps }
            for (path, stamp) in stamps where known[path] != stamp { updates[path] = .some(stamp) }
            for path in known.keys where stamps[path] == nil { updates[path] = .some(nil) }
        }
        guard !updates.isEmpty else { return nil }
        return try state.withLock { state in
            guard let update = try state.apply(updates, options: options) else { return nil }
            state.generation += 1
            return update
        }
    }
}

/// A file the preview serves: text made in memory, or a file copied as it is.
public enum SiteFile: Sendable, Equatable {
    case text(String)
    /// The path of the file on disk.
    case disk(String)
    /// A file Signpost carries (a built-in style or script), as it is.
    case bytes([UInt8])
}

/// What an edit did.
public struct SessionUpdate: Sendable {
    /// The files changed on disk, under the content or templates folder.
    public var changedFiles: [String]
    /// The site paths rendered again (empty when the edit had errors).
    public var renderedPaths: [String]
    /// The errors that stop the site being updated, if any.
    public var problems: [Diagnostic]
}
