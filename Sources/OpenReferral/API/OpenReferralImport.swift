import Content
import Foundation

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

    /// Reads a JSON array of services, a single service, or an ORUK API page (`{"contents": [...]}`).
    public static func parse(_ data: Data) throws -> [Imported] {
        let decoder = JSONDecoder()
        let records: [HSDSService]
        let first = data.first { !" \n\r\t".utf8.contains($0) }
        do {
            if first == UInt8(ascii: "[") {
                records = try decoder.decode([HSDSService].self, from: data)
            } else if let page = try? decoder.decode(Page.self, from: data) {
                records = page.contents
            } else {
                records = [try decoder.decode(HSDSService.self, from: data)]
            }
        } catch {
            throw Failure(description: "this is not an Open Referral UK services file (\(describe(error)))")
        }
        var used = Set<String>()
        return records.map { record in
            var imported = convert(record)
            var id = imported.service.id
            var number = 2
            while used.contains(id) {
                id = imported.service.id + "-\(number)"
                number += 1
            }
            used.insert(id)
            imported.service.id = id
            imported.service.sourcePath = ContentLayout.services + id + ".yaml"
            return imported
        }
    }

    private struct Page: Decodable {
        let contents: [HSDSService]
    }

    static func convert(_ record: HSDSService) -> Imported {
        var notes: [String] = []
        let id = isSlug(record.id) ? record.id : ContentLayout.slug(record.name)
        var service = Service(
            id: id, sourcePath: ContentLayout.services + id + ".yaml", displayPath: id + ".yaml", name: record.name)
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
            }?.name ?? record.attributes?.compactMap(\.taxonomy_term).first?.name ?? "Other services"
        if let status = record.status.map({ ServiceStatus(openReferral: $0) }) {
            if let status { service.status = status } else { notes.append("unknown status `\(record.status ?? "")`: written as active") }
        }
        service.website = record.url
        service.email = record.email ?? record.contacts?.compactMap(\.email).first
        let phones = (record.phones ?? []) + (record.contacts ?? []).flatMap { $0.phones ?? [] }
        service.phone = phones.first { $0.type != "text" }?.number
        service.text = phones.first { $0.type == "text" }?.number
        if let place = record.service_at_locations?.compactMap(\.location).first {
            let building = place.name == record.name ? nil : place.name
            var floor = place.addresses?.first?.address_1
            if let line = floor, let building {
                floor =
                    line == building ? nil : line.hasSuffix(", " + building) ? String(line.dropLast(building.count + 2)) : line
            }
            let location = ServiceLocation(
                site: place.alternate_name ?? place.addresses?.first?.city, building: building, floor: floor,
                directions: place.description)
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

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && text != "category"
    }

    private static func describe(_ error: Error) -> String {
        func place(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "item \($0 + 1)" } ?? $0.stringValue }
            return path.isEmpty ? "" : " in " + path.joined(separator: ", ")
        }
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "`\(key.stringValue)` is missing" + place(context)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription + place(context)
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return "\(error)"
        }
    }
}
