import Content
import Foundation
import Utilities

/// Turns Open Referral UK (HSDS 3.0) services into Signpost's service records.
public enum OpenReferralImport {
    /// A service read from the file, the id it will be saved under, and what could not be brought across.
    public struct Imported: Sendable {
        public var service: Service
        public var notes: [String]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// One record of the file that could not be read, and why; the others are still imported.
    public struct RecordProblem: Error, Sendable, Equatable {
        /// Its place in the file, from 1.
        public let number: Int
        /// Its `id`, if it has one that could be read.
        public let id: String?
        /// What is wrong, naming the field.
        public let message: String
        /// Where the record starts in the file.
        public let line: Int
        public let column: Int
    }

    /// The longest id kept as a record's file name; a longer one is made from the service's name.
    public static let longestID = 64

    /// Reads a JSON array of services, a single service, or an ORUK API page (`{"contents": [...]}`).
    ///
    /// Each record is read alone: one that cannot be read is a `RecordProblem`, and the rest are imported. Throws only
    /// when the file as a whole is not JSON of one of those shapes.
    public static func parse(_ data: Data) throws -> [Result<Imported, RecordProblem>] {
        var data = data
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }  // a byte-order mark
        let decoder = JSONDecoder()
        let records: [Lossy]
        let depth: Int
        let first = data.first { !" \n\r\t".utf8.contains($0) }
        do {
            if first == UInt8(ascii: "[") {
                records = try decoder.decode([Lossy].self, from: data)
                depth = 1
            } else if let page = try? decoder.decode(Page.self, from: data) {
                records = page.contents
                depth = 2
            } else if first == UInt8(ascii: "{") {
                // A file of one record: if it cannot be read, the file cannot.
                let record = try decoder.decode(HSDSService.self, from: data)
                records = [Lossy(record: .success(record), id: record.id)]
                depth = 0
            } else {
                throw Failure(description: "this is not an Open Referral UK services file (it is not a JSON list or object)")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "this is not an Open Referral UK services file (\(describe(error)))")
        }
        let starts = JSONPositions.objectStarts(in: Array(data), depth: depth)
        var used = Set<String>()
        return records.enumerated().map { offset, lossy in
            let (line, column) = offset < starts.count ? starts[offset] : (0, 0)
            switch lossy.record {
            case .failure(let error):
                return .failure(
                    RecordProblem(number: offset + 1, id: lossy.id, message: describe(error), line: line, column: column))
            case .success(let record):
                var imported = convert(record)
                var id = imported.service.id
                var number = 2
                while used.contains(id) {
                    id = imported.service.id + "-\(number)"
                    number += 1
                }
                used.insert(id)
                imported.service.id = id
                imported.service.sourcePath = ContentPaths.services + id + ".yaml"
                return .success(imported)
            }
        }
    }

    /// A record decoded alone, so one bad record does not stop the others.
    private struct Lossy: Decodable {
        let record: Result<HSDSService, Error>
        let id: String?

        init(record: Result<HSDSService, Error>, id: String?) {
            self.record = record
            self.id = id
        }

        init(from decoder: Decoder) throws {
            id = try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)
            do {
                record = .success(try HSDSService(from: decoder))
            } catch {
                record = .failure(error)
            }
        }

        private enum IDKey: String, CodingKey { case id }
    }

    private struct Page: Decodable {
        let contents: [Lossy]
    }

    static func convert(_ record: HSDSService) -> Imported {
        var notes: [String] = []
        // A UUID (as Open Referral UK gives) is kept as the record's `uuid`, and the file is named from the name.
        let uuid = NameUUID.isUUID(record.id) ? record.id.lowercased() : nil
        let id = uuid == nil && isSlug(record.id) && record.id.count <= longestID ? record.id : fileName(for: record.name)
        var service = Service(
            id: id, sourcePath: ContentPaths.services + id + ".yaml", displayPath: id + ".yaml", name: record.name)
        service.uuid = uuid
        let text = (record.description ?? "").replacing("\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if let split = text.range(of: "\n\n") {
            service.summary = String(text[..<split.lowerBound])
            let rest = text[split.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
            service.description = ServiceDescription(markdown: rest, document: .init(html: ""), lineOffset: 0, columnOffset: 0)
        } else {
            service.summary = text
        }
        service.category =
            record.attributes?.compactMap(\.taxonomy_term).first {
                $0.vocabulary == OpenReferralExport.categoryVocabulary
            }?.name ?? record.attributes?.compactMap(\.taxonomy_term).first?.name ?? ""
        if service.category.isEmpty {
            service.category = "Other services"
            notes.append("no category: listed under `Other services`; set `category` to one of the directory's")
        }
        if let status = record.status.map({ ServiceStatus(openReferral: $0) }) {
            if let status {
                service.status = status
            } else {
                notes.append("unknown status `\(record.status ?? "")`: written as active")
            }
        }
        service.website = record.url
        service.email = record.email ?? record.contacts?.compactMap(\.email).first
        let phones = (record.phones ?? []) + (record.contacts ?? []).flatMap { $0.phones ?? [] }
        service.phone = phones.first { $0.type != "text" }?.number
        service.text = phones.first { $0.type == "text" }?.number
        if let place = record.service_at_locations?.compactMap(\.location).first {
            let building = place.name == record.name ? nil : place.name
            let site = place.alternate_name ?? place.addresses?.first?.city
            var floor = place.addresses?.first?.address_1
            if let line = floor, let building {
                floor =
                    line == building ? nil : line.hasSuffix(", " + building) ? String(line.dropLast(building.count + 2)) : line
            }
            if floor == site { floor = nil }  // a place with no floor or building has its site as its first line
            var postcode: String?
            if let written = place.addresses?.first?.postal_code {
                postcode = Postcode.normalised(written)
                if postcode == nil { notes.append("`postal_code` `\(written)` is not a UK postcode: left out") }
            }
            let location = ServiceLocation(
                site: site, building: building, floor: floor, directions: place.description, postcode: postcode)
            service.location = location.isEmpty ? nil : location
            service.accessibility = place.accessibility?.compactMap(\.description) ?? []
        }
        service.languages = (record.languages ?? []).compactMap { language in
            if let code = language.code, let known = Language(code: code) { return known }
            if let name = language.name, let code = Language.code(forEnglishName: name) { return Language(code: code) }
            notes.append("unknown language `\(language.code ?? language.name ?? "")`: left out")
            return nil
        }
        let (hours, note, hourNotes) = ScheduleConversion.hours(record.schedules ?? [])
        service.hours = hours
        service.hoursNote = note
        notes += hourNotes
        if let assured = record.assured_date {
            if let day = Day(iso: String(assured.prefix(10))) {
                service.assuredDate = day
            } else {
                notes.append("`assured_date` is not a date: left out")
            }
        }
        return Imported(service: service, notes: notes)
    }

    /// A record's file name made from its name: its slug, cut at a hyphen to at most `longestID` characters.
    static func fileName(for name: String) -> String {
        var slug = SitePaths.slug(name)
        if slug.count > longestID {
            slug = String(slug.prefix(longestID))
            if let hyphen = slug.lastIndex(of: "-") { slug = String(slug[..<hyphen]) }
        }
        return slug == "category" ? "category-service" : slug
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && text != "category"
    }

    private static func describe(_ error: Error) -> String {
        // The field as a path within the record: `phones[1].number`.
        func field(_ path: [CodingKey]) -> String {
            var text = ""
            for key in path.drop(while: { $0.intValue != nil || $0.stringValue == "contents" }) {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text
        }
        func kind(_ type: Any.Type) -> String {
            type == String.self ? "text" : type is any Collection.Type ? "a list" : "\(type)"
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            let parent = field(context.codingPath)
            return "`\(parent.isEmpty ? key.stringValue : parent + "." + key.stringValue)` is missing"
        case DecodingError.typeMismatch(let type, let context):
            return "`\(field(context.codingPath))` should be \(kind(type))"
        case DecodingError.valueNotFound(let type, let context):
            return "`\(field(context.codingPath))` is null but should be \(kind(type))"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }
}
