import Diagnostics
import Utilities

/// A service's record as `ServiceRecordStore` keeps it: the service as its file was read (before its description is
/// rendered), with the problems reading it found, and the path and display path it was read at.
///
/// Every field is kept: `StoredServiceTests` reads each record of the bundled content and the fixtures back and
/// compares every field.
enum StoredServiceRecord {
    static func bytes(_ result: ServiceReader.Result, _ found: [Diagnostic], path: String, display: String) -> [UInt8] {
        var writer = ByteWriter()
        writer.add(path)
        writer.add(display)
        let service = result.service
        writer.add(service.id)
        writer.add(service.name)
        writer.add(service.summary)
        writer.add(service.category)
        writer.add(service.status.rawValue)
        writer.add(service.location) { writer, location in
            for part in [location.site, location.building, location.floor, location.directions, location.postcode] {
                writer.add(part)
            }
        }
        for contact in [service.phone, service.email, service.text, service.website] { writer.add(contact) }
        switch service.hours {
        case .notGiven: writer.add(0)
        case .always: writer.add(1)
        case .weekly(let periods):
            writer.add(2)
            writer.add(periods) { writer, period in
                writer.add(period.day.rawValue)
                writer.add(period.opens.minutes)
                writer.add(period.closes.minutes)
                writer.add(period.closesNextDay)
            }
        }
        writer.add(service.hoursNote)
        writer.add(service.accessibility) { $0.add($1) }
        writer.add(service.languages) { $0.add($1.code) }
        writer.add(service.guides) { $0.add($1) }
        writer.add(service.assuredDate) { $1.store(into: &$0) }
        writer.add(service.uuid)
        writer.add(service.keyLocations.sorted { $0.key < $1.key }) { writer, entry in
            writer.add(entry.key)
            writer.add(entry.value.path)
            writer.add(entry.value.line)
            writer.add(entry.value.column)
        }
        writer.add(result.description) { writer, description in
            writer.add(description.markdown)
            writer.add(description.lineOffset)
            writer.add(description.columnOffset)
        }
        writer.add(found) { $1.store(into: &$0) }
        return writer.bytes
    }

    /// The record in `bytes`, if it was read at `path` and `display`, and is whole.
    static func read(_ bytes: ArraySlice<UInt8>, path: String, display: String) -> (ServiceReader.Result, [Diagnostic])? {
        var reader = ByteReader(bytes)
        do {
            guard try reader.string() == path, try reader.string() == display else { return nil }
            var service = Service(id: try reader.string(), sourcePath: path, displayPath: display)
            service.name = try reader.string()
            service.summary = try reader.string()
            service.category = try reader.string()
            guard let status = ServiceStatus(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            service.status = status
            service.location = try reader.optional { reader in
                ServiceLocation(
                    site: try reader.optionalString(), building: try reader.optionalString(),
                    floor: try reader.optionalString(), directions: try reader.optionalString(),
                    postcode: try reader.optionalString())
            }
            service.phone = try reader.optionalString()
            service.email = try reader.optionalString()
            service.text = try reader.optionalString()
            service.website = try reader.optionalString()
            switch try reader.int() {
            case 0: service.hours = .notGiven
            case 1: service.hours = .always
            case 2:
                service.hours = .weekly(
                    try reader.list { reader in
                        guard let day = Weekday(rawValue: try reader.int()), let opens = ClockTime(minutes: try reader.int()),
                            let closes = ClockTime(minutes: try reader.int())
                        else { throw ByteReader.Malformed() }
                        return OpeningPeriod(day: day, opens: opens, closes: closes, closesNextDay: try reader.bool())
                    })
            default: throw ByteReader.Malformed()
            }
            service.hoursNote = try reader.optionalString()
            service.accessibility = try reader.list { try $0.string() }
            service.languages = try reader.list { reader in
                guard let language = Language(code: try reader.string()) else { throw ByteReader.Malformed() }
                return language
            }
            service.guides = try reader.list { try $0.string() }
            service.assuredDate = try reader.optional { try Day(stored: &$0) }
            service.uuid = try reader.optionalString()
            for (key, location) in try reader.list({ reader in
                (
                    try reader.string(),
                    SourceLocation(path: try reader.string(), line: try reader.int(), column: try reader.int())
                )
            }) {
                service.keyLocations[key] = location
            }
            var result = ServiceReader.Result(service: service)
            result.description = try reader.optional { reader in
                (markdown: try reader.string(), lineOffset: try reader.int(), columnOffset: try reader.int())
            }
            let found = try reader.list { try Diagnostic(stored: &$0) }
            guard reader.isAtEnd else { return nil }
            return (result, found)
        } catch {
            return nil
        }
    }
}
