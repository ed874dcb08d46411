import Diagnostics
import Hummingbird
import Logging
import ServiceLifecycle
import Site

/// `signpost serve`: the site from a `SiteSession`, on a local address, reloading open pages after each edit.
///
/// HTML pages get one script added as they are served (never in the built site): it listens for the
/// server's events, reloads the page after an edit, and shows the problems over the page when an edit
/// breaks the content (the last good site is served meanwhile).
public struct PreviewServer: Sendable {
    public let session: SiteSession
    public let host: String
    public let port: Int
    /// How often the content and templates folders are looked at for edits.
    public let pollInterval: Duration

    public init(session: SiteSession, host: String = "127.0.0.1", port: Int = 8000, pollInterval: Duration = .milliseconds(50)) {
        self.session = session
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
    }

    /// A connection that sends nothing for this long, between requests, is closed; a browser opens another.
    public static let idleSeconds = 30

    /// Whether `host` is only reachable from this computer.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Serves until the task is cancelled or the process is interrupted.
    ///
    /// `onRunning` hears the port it listens on, and `onUpdate` of every rebuild.
    public func run(
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in },
        onUpdate: @escaping @Sendable (SessionUpdate) -> Void = { _ in }
    ) async throws {
        let events = LiveReloadHub()
        let responder = PreviewResponder(session: session, events: events, hosts: RequestHost(listeningOn: host))
        var logger = Logger(label: "signpost.serve")
        logger.logLevel = .critical
        let watcher = EditWatcher(session: session, events: events, interval: pollInterval, onUpdate: onUpdate)
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(to: request) },
            server: .http1(
                configuration: .init(
                    idleTimeout: .seconds(Int64(Self.idleSeconds)),
                    httpDecoderConfiguration: .init(
                        maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100))),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: port), serverName: "signpost", reuseAddress: false),
            services: [watcher],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }
}
