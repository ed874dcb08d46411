import Foundation
import Testing
import Utilities

@testable import Content

/// A service record as the build cache keeps it reads back as the file reads: every record of the bundled content
/// and of the fixture sites, field by field, with what reading it found.
@Suite struct StoredServiceTests {
    /// Keeps what it is handed, and gives it back.
    final class Store: ServiceRecordStore, @unchecked Sendable {
        var records: [String: (print: Fingerprint, record: [UInt8])] = [:]
        func kept(_ path: String) -> ArraySlice<UInt8>? { records[path]?.record[...] }
        func read(_ path: String, fingerprint print: Fingerprint, record: [UInt8]) { records[path] = (print, record) }
    }

    /// Every service record under the repository's content and fixture sites: the content folder and its path there.
    static func records() throws -> [(root: String, path: String)] {
        let repository = ServiceRecordTests.repository
        var roots = [repository.appendingPathComponent("Content").path]
        let fixtures = repository.appendingPathComponent("Tests/SiteTests/Fixtures")
        for site in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() {
            roots.append(fixtures.appendingPathComponent(site + "/Content").path)
        }
        var found: [(root: String, path: String)] = []
        for root in roots {
            let folder = root + "/services"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") { found.append((root, "services/" + name)) }
        }
        return found
    }

    static func dumped<Value>(_ value: Value) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    /// Whether two records are the same in every field (the places of keys compared as a dictionary: its order is not
    /// a field).
    static func same(_ one: ServiceReader.Result?, _ other: ServiceReader.Result?) -> Bool {
        guard var one, var other, one.service.keyLocations == other.service.keyLocations else { return false }
        one.service.keyLocations = [:]
        other.service.keyLocations = [:]
        return dumped(one) == dumped(other)
    }

    @Test func everyRecordReadsBackAsItsFileReads() throws {
        let records = try Self.records()
        #expect(records.count > 10)
        for (root, path) in records {
            let store = Store()
            let (result, found) = ContentLoader.readService(path, root: root, display: "Content/" + path, store: store)
            let kept = try #require(store.records[path], "\(root)/\(path)")
            #expect(kept.print == Fingerprint.ofFile(root + "/" + path), "\(path)")
            let (again, foundAgain) = ContentLoader.readService(path, root: "/nowhere", display: "Content/" + path, store: store)
            #expect(Self.same(again, result), "\(root)/\(path)")
            #expect(foundAgain == found, "\(root)/\(path)")
        }
    }

    /// A record with problems is kept with them, and given back with them.
    @Test func aRecordKeepsItsProblems() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("services"), withIntermediateDirectories: true)
        try "name: Night pharmacy\nsummary: Medicines at night.\ncategory: Pharmacy\nstatus: maybe\nopening: late\n"
            .write(to: root.appendingPathComponent("services/night.yaml"), atomically: true, encoding: .utf8)
        let store = Store()
        let (result, found) = ContentLoader.readService("services/night.yaml", root: root.path, display: "n", store: store)
        #expect(found.count >= 2)
        let (again, foundAgain) = ContentLoader.readService("services/night.yaml", root: "/nowhere", display: "n", store: store)
        #expect(foundAgain == found)
        #expect(Self.same(again, result))
    }

    @Test func aRecordIsOnlyTakenForItsOwnPlaceAndWhole() throws {
        let (root, path) = try #require(try Self.records().first)
        let store = Store()
        let (result, _) = ContentLoader.readService(path, root: root, display: "Content/" + path, store: store)
        let bytes = try #require(store.records[path]?.record)
        #expect(Self.same(StoredServiceRecord.read(bytes[...], path: path, display: "Content/" + path)?.0, result))
        #expect(StoredServiceRecord.read(bytes[...], path: path, display: "Elsewhere/" + path) == nil)
        #expect(StoredServiceRecord.read(bytes[...], path: "services/other.yaml", display: "Content/" + path) == nil)
        #expect(StoredServiceRecord.read(bytes.dropLast(), path: path, display: "Content/" + path) == nil)
        #expect(StoredServiceRecord.read((bytes + [0])[...], path: path, display: "Content/" + path) == nil)
    }
}
