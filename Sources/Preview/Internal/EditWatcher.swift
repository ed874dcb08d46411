import ServiceLifecycle
import Site
import Utilities

/// Watches the content and templates folders, has the session rebuild what an edit changed, and tells the open pages.
///
/// With inotify (Linux) it asks the system which files changed; elsewhere it looks at every file's stamp each
/// `interval`.
struct EditWatcher: Service {
    let session: SiteSession
    let events: LiveReloadHub
    let interval: Duration
    let onUpdate: @Sendable (SessionUpdate) -> Void

    func run() async throws {
        let watcher = DirectoryWatcher(roots: session.folders)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: watcher == nil ? interval : .milliseconds(10))
            var changed: Set<String>?
            if let watcher {
                changed = watcher.changes()
                if changed?.isEmpty == true { continue }
                // A save is often several writes: let them finish before reading the file.
                try? await Task.sleep(for: .milliseconds(5))
                if let more = watcher.changes() { changed?.formUnion(more) } else { changed = nil }
            }
            let update: SessionUpdate?
            do {
                update = try session.refresh(changed: changed)
            } catch {
                continue
            }
            guard let update else { continue }
            onUpdate(update)
            await events.send(update.problems.isEmpty ? .reload : .problems(update.problems))
        }
        await events.finishAll()
    }
}
