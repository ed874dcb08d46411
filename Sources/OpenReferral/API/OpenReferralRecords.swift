import Content
import Foundation
import Utilities

/// Each service's Open Referral UK record as JSON, encoded once a build for the three files that show it:
/// `services.json`, its page of the feed's list, and its own file of the feed.
///
/// Encoding a record (pretty-printed, keys sorted, as `JSONEncoder` writes it: `PrettyJSON`) is most of what those
/// files cost, and the three files once encoded each record apiece. Shared by every job of a build: the thread that
/// asks first encodes it, and one that asks meanwhile waits for that text rather than encode it again (`services.json`
/// and the feed's pages go through the services in the same order, at the same time). A record depends only on its
/// service and the site's settings and wording given here, so the order they are asked in does not change the site. A
/// service is known by its file and its id, which no two of a site's services share.
public final class OpenReferralRecords: @unchecked Sendable {
    let config: SiteConfig
    let wording: Wording
    private let lock = Lock()
    private var records: [String: Record] = [:]

    /// One service's record: encoded by the first thread to ask, while it holds `lock`.
    private final class Record: @unchecked Sendable {
        let lock = Lock()
        var encoded = false
        var text: String?
    }

    public init(config: SiteConfig, wording: Wording) {
        self.config = config
        self.wording = wording
    }

    /// The record of `service` as `JSONEncoder` writes it alone (keys sorted, two spaces an indent, no escaped
    /// slashes), made markup-safe (`JSONEscape.markupSafe`), with no line break after it; nil when it cannot be
    /// encoded.
    func text(of service: Service) -> String? {
        let key = service.sourcePath + "\u{0}" + service.id
        let record = lock.withLock {
            if let known = records[key] { return known }
            let record = Record()
            records[key] = record
            return record
        }
        return record.lock.withLock {
            if !record.encoded {
                record.text = Self.encode(OpenReferralExport.record(service, config: config, wording: wording))
                record.encoded = true
            }
            return record.text
        }
    }

    /// `value` as every file of the export writes JSON, markup-safe; nil when it cannot be encoded.
    ///
    /// `PrettyJSON` writes what `JSONEncoder` would, in a third of the time; `JSONEncoder` writes what it cannot.
    static func encode(_ value: some Encodable) -> String? {
        if let text = PrettyJSON.encode(value) { return JSONEscape.markupSafe(text) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        return JSONEscape.markupSafe(String(decoding: data, as: UTF8.self))
    }

    /// `text` (a record) as it stands `depth` levels into a larger document: each line after its first indented by
    /// two spaces a level, as `JSONEncoder` indents what it nests.
    static func indented(_ text: String, depth: Int) -> String {
        text.replacing(ascii: UInt8(ascii: "\n"), with: "\n" + String(repeating: "  ", count: depth))
    }
}
