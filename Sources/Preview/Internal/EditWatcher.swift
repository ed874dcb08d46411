import ServiceLifecycle
import Site

/// Looks at the content and templates folders every `interval`, has the session rebuild what changed,
/// and tells the open pages.
struct EditWatcher: Service {
    let session: SiteSession
    let events: LiveReloadHub
    let interval: Duration
    let onUpdate: @Sendable (SessionUpdate) -> Void

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: interval)
            let update: SessionUpdate?
            do {
                update = try session.refresh()
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
