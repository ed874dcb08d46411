import Content
import Foundation
import OpenReferral
import Testing
import Utilities

/// The feed's files are written around records encoded once a build (`OpenReferralRecords`): each must be the text
/// `JSONEncoder` gives for the whole answer, as it was before records were shared.
@Suite struct FeedTests {
    /// The API's answer for one page of the list, as the encoder writes it whole.
    private struct Answer: Encodable {
        let total_items: Int
        let total_pages: Int
        let page_number: Int
        let size: Int
        let first_page: Bool
        let last_page: Bool
        let empty: Bool
        let contents: [HSDSService]
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return JSONEscape.markupSafe(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }

    /// The bundled services seven times over, each copy its own service: more than three pages of the list.
    private static func services() throws -> [Service] {
        let bundled = try RoundTripTests.bundledServices()
        return (1...7).flatMap { copy in
            bundled.map { service in
                var service = service
                service.id += "-\(copy)"
                return service
            }
        }
    }

    @Test(arguments: [0, 1, 49, 50, 51, 150])
    func eachPageIsTheEncodersAnswer(count: Int) throws {
        let all = try Self.services()
        try #require(all.count >= 150)
        let config = RoundTripTests.config
        let listing = OpenReferralFeed.listing(Array(all.prefix(count)), config: config)
        // One set of records for every page, as a build shares them.
        let records = OpenReferralRecords(config: config, wording: .english)
        let pages = OpenReferralFeed.pageCount(listing.count)
        for number in 1...pages {
            let slice = Array(listing.dropFirst((number - 1) * OpenReferralFeed.pageSize).prefix(OpenReferralFeed.pageSize))
            let expected = Answer(
                total_items: listing.count, total_pages: pages, page_number: number, size: slice.count,
                first_page: number == 1, last_page: number == pages, empty: slice.isEmpty,
                contents: slice.map { OpenReferralExport.record($0, config: config, wording: .english) })
            let page = OpenReferralFeed.page(number, of: listing, records: records)
            #expect(page == (try Self.encoded(expected)), "page \(number) of \(pages)")
        }
    }

    @Test func aServicesFileAndItsRecordInTheListAreTheSameRecord() throws {
        let services = try RoundTripTests.bundledServices()
        let config = RoundTripTests.config
        let records = OpenReferralRecords(config: config, wording: .english)
        for service in services {
            let record = OpenReferralExport.record(service, config: config, wording: .english)
            #expect(
                OpenReferralFeed.service(service, records: records)
                    == (try Self.encoded(record)))
        }
        // The whole directory, from the records already encoded: each record indented under the array.
        var shared = ""
        OpenReferralExport.json(services, records: records) { shared += $0 }
        let sorted = OpenReferralFeed.listing(services, config: config)
        #expect(shared == (try Self.encoded(sorted.map { OpenReferralExport.record($0, config: config, wording: .english) })))
    }
}
