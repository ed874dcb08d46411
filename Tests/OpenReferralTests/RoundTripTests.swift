import Content
import Foundation
import OpenReferral
import Testing
import Utilities

/// Export to Open Referral UK, import what was exported, export again: the same data.
@Suite struct RoundTripTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func bundledServices() throws -> [Service] {
        let folder = repository.appendingPathComponent("Content/services")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let (service, problems) = ContentLoader.readServiceRecord(text, path: "services/" + name, display: name)
            #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems.map(\.formatted))")
            return service
        }
    }

    static let config = SiteConfig(title: "PALS", organisation: "Example Hospitals NHS Foundation Trust")

    @Test func importingWhatWeExportGivesTheSameExport() throws {
        let services = try Self.bundledServices()
        #expect(services.count >= 20)
        let first = OpenReferralExport.json(services, config: Self.config, wording: .english)
        let imported = try OpenReferralImport.parse(Data(first.utf8)).map { try $0.get() }
        #expect(imported.count == services.count)
        #expect(imported.flatMap(\.notes).isEmpty)
        // Through the YAML an editor would see, and read back as a build reads it.
        let reread = imported.map { item -> Service in
            let yaml = ServiceYAML.write(item.service)
            let (service, problems) = ContentLoader.readServiceRecord(
                yaml, path: item.service.sourcePath, display: item.service.id)
            #expect(problems.isEmpty, "\(item.service.id): \(problems.map(\.formatted))\n\(yaml)")
            return service
        }
        let second = OpenReferralExport.json(reread, config: Self.config, wording: .english)
        #expect(first == second)
    }

    @Test func theExportIsHSDS() throws {
        let services = try Self.bundledServices()
        let json = OpenReferralExport.json(services, config: Self.config, wording: .english)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let pals = try #require(records.first { $0["name"] as? String == "Patient Advice and Liaison Service (PALS)" })
        #expect(pals["status"] as? String == "active")
        let schedules = try #require(pals["schedules"] as? [[String: Any]])
        #expect(schedules.first?["freq"] as? String == "WEEKLY")
        #expect(schedules.first?["byday"] as? String == "MO,TU,WE,TH,FR")
        #expect(schedules.first?["opens_at"] as? String == "09:00")
        #expect(pals["assured_date"] as? String != nil)
        #expect((pals["languages"] as? [[String: Any]])?.isEmpty == false)
        #expect((pals["phones"] as? [[String: Any]])?.first?["number"] != nil)
        let places = try #require(pals["service_at_locations"] as? [[String: Any]])
        #expect(((places.first?["location"] as? [String: Any])?["accessibility"] as? [Any])?.isEmpty == false)
    }

    @Test func aNightServiceKeepsItsHoursPastMidnight() throws {
        let yaml = """
            name: Night clinic
            summary: A clinic open late.
            category: Clinics
            hours:
              - days: [fri, sat]
                opens: "22:00"
                closes: "02:00 next day"
              - days: sun
                opens: "18:00"
                closes: "24:00"
            """
        let (service, problems) = ContentLoader.readServiceRecord(yaml, path: "services/night.yaml", display: "night.yaml")
        #expect(problems.isEmpty)
        let json = OpenReferralExport.json([service], config: Self.config, wording: .english)
        #expect(json.contains("\"closes_at\" : \"02:00\""))
        #expect(json.contains("\"closes_at\" : \"00:00\""))
        let back = try #require(try OpenReferralImport.parse(Data(json.utf8)).first?.get())
        #expect(back.service.hours == service.hours)
    }

    @Test func readsAnAPIPageAndSkipsWhatItCannotUse() throws {
        let json = """
            {"contents": [{"id": "Not A Slug", "name": "Walk-in Centre", "status": "defunct",
              "languages": [{"id": "l1", "code": "xx"}, {"id": "l2", "name": "Polish"}],
              "schedules": [{"id": "s1", "freq": "MONTHLY", "byday": "2MO", "opens_at": "09:00", "closes_at": "12:00"}]}]}
            """
        let imported = try OpenReferralImport.parse(Data(json.utf8)).map { try $0.get() }
        let service = try #require(imported.first?.service)
        #expect(service.id == "walk-in-centre")
        #expect(service.status == .inactive)
        #expect(service.languages.map(\.code) == ["pl"])
        #expect(service.hours == .notGiven)
        #expect(imported.first?.notes.count == 3)  // no category, an unknown language, a monthly schedule
    }

    @Test func refusesSomethingElse() {
        #expect(throws: OpenReferralImport.Failure.self) { try OpenReferralImport.parse(Data("{\"hello\": 1}".utf8)) }
    }
}

/// Writing imported records into a folder.
@Suite struct RecordWriterTests {
    @Test func writesRecordsAndRefusesToReplaceOnesThatExist() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = OpenReferralExport.json(try RoundTripTests.bundledServices(), config: RoundTripTests.config, wording: .english)
        let imported = try OpenReferralImport.parse(Data(json.utf8))
        let first = try RecordWriter.write(imported, from: "services.json", into: folder.path, overwrite: false)
        #expect(first.allSatisfy { if case .written(_, []) = $0 { true } else { false } })
        // Open Referral UK ids are UUIDs: a record is named from the service's name, and keeps the UUID.
        let pals = folder.appendingPathComponent("patient-advice-and-liaison-service-pals.yaml")
        try "name: Edited by hand\n".write(to: pals, atomically: true, encoding: .utf8)
        let second = try RecordWriter.write(imported, from: "services.json", into: folder.path, overwrite: false)
        #expect(second.allSatisfy { if case .refused = $0 { true } else { false } })
        #expect(try String(contentsOf: pals, encoding: .utf8) == "name: Edited by hand\n")
        _ = try RecordWriter.write(imported, from: "services.json", into: folder.path, overwrite: true)
        #expect(try String(contentsOf: pals, encoding: .utf8).hasPrefix("name: \"Patient Advice and Liaison Service (PALS)\""))
        // The UUID it had in the export stays with it, as `uuid`.
        let written = try String(contentsOf: pals, encoding: .utf8)
        let exported = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        ).first { $0["name"] as? String == "Patient Advice and Liaison Service (PALS)" }
        let uuid = try #require(exported?["id"] as? String)
        #expect(NameUUID.isUUID(uuid))
        #expect(written.contains("\nuuid: \(uuid)\n"))
    }
}

/// Imports that meet bad records carry on, and never write outside the folder.
@Suite struct ImportHardeningTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("signpost-import-\(UUID().uuidString)")
    }

    static func messages(_ outcomes: [RecordWriter.Outcome]) -> [String] {
        outcomes.map { outcome in
            switch outcome {
            case .written(let path, _): "written \(Path.fileName(of: path))"
            case .refused(let path): "refused \(Path.fileName(of: path))"
            case .failed(let diagnostic): diagnostic.formatted
            }
        }
    }

    @Test func aBadRecordIsReportedAtItsLineAndTheRestAreWritten() throws {
        let into = folder()
        defer { try? FileManager.default.removeItem(at: into) }
        let longID = String(repeating: "a", count: 251)
        let json = """
            [
              {"id": "first", "name": "First clinic"},
              {"id": "second", "name": "Second clinic",
               "phones": [{"id": "p1", "number": 2079460000}]},
              {"id": "\(longID)", "name": "A clinic with a very long identifier from another system"},
              {"name": "No id"},
              {"id": "last", "name": "Last clinic"}
            ]
            """
        let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(json.utf8)
        let outcomes = try RecordWriter.write(
            try OpenReferralImport.parse(bytes), from: "in.json", into: into.path, overwrite: false)
        #expect(
            Self.messages(outcomes) == [
                "written first.yaml",
                """
                in.json:3:3: error: record 2 (id `second`) was not imported: `phones[0].number` should be text
                  hint: correct it in the system it came from, or in this file, and import again; the other records were imported
                """,
                "written a-clinic-with-a-very-long-identifier-from-another-system.yaml",
                """
                in.json:6:3: error: record 4 was not imported: `id` is missing
                  hint: correct it in the system it came from, or in this file, and import again; the other records were imported
                """,
                "written last.yaml",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: into.path).count == 3)
    }

    @Test func nothingIsWrittenThroughALink() throws {
        let into = folder()
        defer { try? FileManager.default.removeItem(at: into) }
        try FileManager.default.createDirectory(at: into, withIntermediateDirectories: true)
        let outside = folder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let target = outside.appendingPathComponent("target.yaml")
        try "name: Mine\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: into.appendingPathComponent("one.yaml").path, withDestinationPath: target.path)
        try FileManager.default.createSymbolicLink(
            atPath: into.appendingPathComponent("two.yaml").path,
            withDestinationPath: outside.appendingPathComponent("new.yaml").path)
        let json = Data(#"[{"id": "one", "name": "One"}, {"id": "two", "name": "Two"}]"#.utf8)
        for overwrite in [false, true] {
            let outcomes = try RecordWriter.write(
                try OpenReferralImport.parse(json), from: "in.json", into: into.path, overwrite: overwrite)
            #expect(outcomes.allSatisfy { if case .failed = $0 { true } else { false } })
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "name: Mine\n")
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("new.yaml").path))
    }

    @Test func exportedJSONCarriesTextNotMarkup() throws {
        let yaml = """
            name: Clinic A & B
            summary: Care for adults > 18.
            category: Clinics
            description: |
              Come in. <script>alert(1)</script> **Ask** at <b>reception</b>.

              <div onclick="x()">Block</div>
            """
        let (service, problems) = ContentLoader.readServiceRecord(yaml, path: "services/a.yaml", display: "a.yaml")
        #expect(problems.isEmpty)
        let json = OpenReferralExport.json([service], config: RoundTripTests.config, wording: .english)
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains(#"Clinic A \u0026 B"#))
        #expect(!json.contains("u003cscript") && !json.contains("onclick") && !json.contains("u003cb"))
        #expect(json.contains("**Ask** at reception."))
    }
}

/// Open Referral UK's own full example service imports, with what Signpost needs and it lacks reported.
@Suite struct OpenReferralExampleTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/service_full.json")

    @Test func theFullExampleImportsAndSaysWhatToFix() throws {
        let records = try OpenReferralImport.parse(Data(contentsOf: Self.example))
        let imported = try #require(try records.first?.get())
        #expect(records.count == 1)
        #expect(imported.service.id == "community-counselling")
        #expect(imported.service.uuid == "ac148810-d857-441c-9679-408f346de14b")
        #expect(
            imported.service.hours.sentences(.english) == [
                "Open Thursday and Friday, 10am to 6pm.", "Closed on Monday, Tuesday, Wednesday, Saturday and Sunday.",
            ])
        #expect(
            imported.notes == [
                "no category: listed under `Other services`; set `category` to one of the directory's",
                "unknown language ``: left out",
            ])
        let yaml = ServiceYAML.write(imported.service)
        let (_, problems) = ContentLoader.readServiceRecord(
            yaml, path: "services/community-counselling.yaml", display: "community-counselling.yaml")
        #expect(
            problems.map(\.formatted) == [
                "community-counselling.yaml:2:10: error: the summary is 226 characters long, over the limit of 160\n  hint: shorten it to one sentence: the directory lists it under the service's name",
                "community-counselling.yaml:5:10: error: the website should start with https://: `http://example.com/counselling`\n  hint: use the secure address of the page, starting https://",
            ])
    }
}
