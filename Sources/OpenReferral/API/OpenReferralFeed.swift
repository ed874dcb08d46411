import Content
import Foundation
import Utilities

/// The two read endpoints of the Open Referral UK API as files a static host serves.
///
/// A paged list of services (`GET /services`, `openreferral/services/index.json` then `page-2.json`...) and one file
/// a service (`GET /services/{id}`, `openreferral/services/<uuid>.json`). README.md says how a web server maps the
/// requests.
public enum OpenReferralFeed {
    public static let pageSize = 50
    /// The folder of the feed on the site.
    public static let folder = "openreferral/services/"

    /// How many pages the list of `count` services takes (one, empty, when there are none).
    public static func pageCount(_ count: Int) -> Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The site path of page `number` (from 1) of the list.
    public static func pagePath(_ number: Int) -> String {
        folder + (number == 1 ? "index.json" : "page-\(number).json")
    }

    /// The site path of one service's file, named by its Open Referral UK id.
    public static func servicePath(_ service: Service, config: SiteConfig) -> String {
        folder + id(of: service, config: config) + ".json"
    }

    /// A service's Open Referral UK id (a UUID).
    public static func id(of service: Service, config: SiteConfig) -> String {
        ExportIDs(service, config: config).service
    }

    /// The services in the order every page lists them, as `services.json` does: worked out once for all the pages.
    public static func listing(_ services: [Service], config: SiteConfig) -> [Service] {
        OpenReferralExport.sorted(services, config: config)
    }

    /// Page `number` of the list, with the paging fields of the API's answer; `sorted` is `listing(_:config:)`, and
    /// each record's text is `records`' (the site's settings and wording are theirs), which a build shares with its
    /// other files.
    public static func page(_ number: Int, of sorted: [Service], records: OpenReferralRecords) -> String {
        let pages = pageCount(sorted.count)
        let slice = sorted.dropFirst((number - 1) * pageSize).prefix(pageSize)
        let texts = slice.compactMap { records.text(of: $0) }
        guard !texts.isEmpty, texts.count == slice.count else {
            // An empty page (or one whose records did not encode) as the encoder writes the whole answer.
            let page = Page(
                total_items: sorted.count, total_pages: pages, page_number: number, size: slice.count,
                first_page: number == 1, last_page: number == pages, empty: slice.isEmpty,
                contents: slice.map { OpenReferralExport.record($0, config: records.config, wording: records.wording) })
            return (OpenReferralRecords.encode(page) ?? "{}") + "\n"
        }
        // The answer as the encoder writes it, keys sorted, around the records it has written already.
        let contents = texts.map { "    " + OpenReferralRecords.indented($0, depth: 2) }.joined(separator: ",\n")
        return "{\n  \"contents\" : [\n" + contents + "\n  ],\n"
            + "  \"empty\" : false,\n"
            + "  \"first_page\" : \(number == 1),\n"
            + "  \"last_page\" : \(number == pages),\n"
            + "  \"page_number\" : \(number),\n"
            + "  \"size\" : \(slice.count),\n"
            + "  \"total_items\" : \(sorted.count),\n"
            + "  \"total_pages\" : \(pages)\n}\n"
    }

    /// One service's file: its record's text in `records`.
    public static func service(_ service: Service, records: OpenReferralRecords) -> String {
        (records.text(of: service) ?? "{}") + "\n"
    }

    private struct Page: Encodable {
        let total_items: Int
        let total_pages: Int
        let page_number: Int
        let size: Int
        let first_page: Bool
        let last_page: Bool
        let empty: Bool
        let contents: [HSDSService]
    }
}
