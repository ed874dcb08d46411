import Diagnostics

/// Reads `kiosk:` in `site.yaml`.
enum KioskSettingsReader {
    static let keys = ["idle_seconds", "warning_seconds", "start_page", "short_address", "pals_office"]
    static let startPageKeys = ["title", "intro", "tiles"]
    static let tileKeys = ["title", "page", "section"]
    static let officeKeys = ["directions", "map", "map_alt"]

    static func read(_ node: YAMLNode, source: YAMLSource, sink: DiagnosticSink) -> KioskSettings {
        var settings = KioskSettings()
        guard let fields = YAMLFields(node, name: "kiosk", allowed: keys, source: source, sink: sink) else {
            return settings
        }
        if let idle = fields.integer("idle_seconds") {
            if idle >= 10 {
                settings.idleSeconds = idle
            } else {
                sink.error(
                    "`idle_seconds` should be 10 or more, not \(idle)", at: source.location(fields.node("idle_seconds")?.mark),
                    hint: "the time without a touch before the kiosk asks \"Are you still there?\"; 120 suits most foyers")
            }
        }
        if let warning = fields.integer("warning_seconds") {
            if warning >= KioskSettings.minimumWarningSeconds {
                settings.warningSeconds = warning
            } else {
                sink.error(
                    "`warning_seconds` should be \(KioskSettings.minimumWarningSeconds) or more, not \(warning)",
                    at: source.location(fields.node("warning_seconds")?.mark),
                    hint: "people need at least 20 seconds to answer \"Are you still there?\" (WCAG 2.2.1)")
            }
        }
        settings.shortAddress = fields.string("short_address")
        if let start = YAMLFields(
            fields.node("start_page"), name: "start_page", allowed: startPageKeys, source: source, sink: sink)
        {
            if let title = start.string("title") { settings.startTitle = title }
            settings.startIntro = start.string("intro")
            settings.tiles = (start.items("tiles") ?? []).compactMap { readTile($0, source: source, sink: sink) }
        }
        if let office = YAMLFields(
            fields.node("pals_office"), name: "pals_office", allowed: officeKeys, source: source, sink: sink)
        {
            settings.directions = office.strings("directions", single: true)?.map(\.0) ?? []
            if let path = office.string("map") {
                if let alt = office.string("map_alt") {
                    settings.map = ContentPicture(path: path, alt: alt, location: source.location(office.node("map")?.mark))
                } else {
                    sink.error(
                        "the map has no `map_alt`", at: office.location("map"),
                        hint: "add `map_alt:` describing the way the map shows, for people who cannot see it")
                }
            }
        }
        return settings
    }

    private static func readTile(_ node: YAMLNode, source: YAMLSource, sink: DiagnosticSink) -> KioskTile? {
        guard
            let tile = YAMLFields(
                node, name: "a tile", allowed: tileKeys,
                required: ["title": "add `title:` with the words on the button, for example `title: Make a complaint`"],
                source: source, sink: sink, missingAt: source.location(node.mark))
        else { return nil }
        guard let title = tile.string("title") else { return nil }
        let location = source.location(node.mark)
        switch (tile.string("page"), tile.string("section")) {
        case (let page?, nil): return KioskTile(title: title, target: .page(page), location: location)
        case (nil, let section?): return KioskTile(title: title, target: .section(section), location: location)
        default:
            sink.error(
                "the tile `\(title)` needs either `page` or `section`", at: location,
                hint: "write `page: guides/concerns/making-a-complaint.md` or `section: Concerns and complaints`")
            return nil
        }
    }
}
