import Diagnostics
import Utilities

/// Reads and checks one service record, `services/<id>.yaml`.
///
/// Its description is rendered later, once every file's address is known.
enum ServiceReader {
    static let keys = [
        "name", "summary", "category", "status", "description", "location", "phone", "email", "text", "website",
        "hours", "hours_note", "accessibility", "languages", "guides", "assured_date", "uuid",
    ]
    static let required: KeyValuePairs<String, String> = [
        "name": "add `name:` with the service's name, for example `name: Patient Advice and Liaison Service (PALS)`",
        "summary": "add `summary:` with one sentence saying what the service does",
        "category": "add `category:` with the group it is listed under, for example `category: Help and advice`",
    ]
    static let locationKeys = ["site", "building", "floor", "directions", "postcode"]
    static let summaryLimit = 160

    /// What was read: the service, and its description's Markdown with where it starts in the file.
    struct Result {
        var service: Service
        var description: (markdown: String, lineOffset: Int, columnOffset: Int)?
    }

    static func read(_ yaml: String, id: String, sourcePath: String, displayPath: String, sink: DiagnosticSink) -> Result {
        let source = YAMLSource(path: displayPath, lineOffset: 0)
        var service = Service(id: id, sourcePath: sourcePath, displayPath: displayPath)
        var result = Result(service: service)
        let node = source.compose(yaml, sink: sink)
        if node == nil, !yaml.allSatisfy(\.isWhitespace) { return result }
        guard
            let fields = YAMLFields(
                node, name: "the service record", allowed: keys, required: required, source: source, sink: sink,
                missingAt: SourceLocation(path: displayPath, line: 1, column: 1))
        else { return result }

        for key in keys where fields.mark(key) != nil { service.keyLocations[key] = fields.location(key) }
        service.name = fields.string("name") ?? ""
        service.category = fields.string("category") ?? ""
        if let summary = fields.string("summary") {
            service.summary = summary
            if summary.count > summaryLimit {
                sink.error(
                    "the summary is \(summary.count) characters long, over the limit of \(summaryLimit)",
                    at: source.location(fields.node("summary")?.mark),
                    hint: "shorten it to one sentence: the directory lists it under the service's name")
            }
        }
        if let status = fields.string("status") {
            if let value = ServiceStatus(rawValue: status) {
                service.status = value
            } else {
                sink.error(
                    "unknown status `\(status)`", at: source.location(fields.node("status")?.mark),
                    hint: Suggestion.hint(for: status, in: ServiceStatus.allCases.map(\.rawValue), noun: "statuses"))
            }
        }
        if let text = fields.string("description", markdown: true), let scalar = fields.node("description")?.scalar {
            let offsets = descriptionOffsets(scalar, yaml: yaml)
            result.description = (text, offsets.line, offsets.column)
        }
        service.location = readLocation(fields, source: source, sink: sink)
        if let uuid = fields.string("uuid") {
            if NameUUID.isUUID(uuid) {
                service.uuid = uuid.lowercased()
            } else {
                sink.error(
                    "`uuid` is not a UUID: `\(uuid)`", at: source.location(fields.node("uuid")?.mark),
                    hint:
                        "leave `uuid` out (the export makes one), or copy the id the other directory gave, such as ac148810-d857-441c-9679-408f346de14b"
                )
            }
        }
        service.phone = phone(fields, "phone", source: source, sink: sink)
        service.text = phone(fields, "text", source: source, sink: sink)
        if let email = fields.string("email") {
            if EmailAddress.isValid(email) {
                service.email = email
            } else {
                sink.error(
                    "`\(email)` is not an email address", at: source.location(fields.node("email")?.mark),
                    hint: "write the whole address, for example pals@example-hospital.nhs.uk")
            }
        }
        if let website = fields.string("website") {
            if website.hasPrefix("https://") && website.count > "https://".count {
                service.website = website
            } else {
                sink.error(
                    "the website should start with https://: `\(website)`", at: source.location(fields.node("website")?.mark),
                    hint: "use the secure address of the page, starting https://")
            }
        }
        service.hours = HoursReader.read(fields.node("hours"), source: source, sink: sink)
        service.hoursNote = fields.string("hours_note")
        service.accessibility = fields.strings("accessibility")?.map { $0.0.trimmingWhitespace }.filter { !$0.isEmpty } ?? []
        service.languages = readLanguages(fields, source: source, sink: sink)
        for (index, (path, mark)) in (fields.strings("guides") ?? []).enumerated() {
            let trimmed = path.trimmingWhitespace
            let withoutExtension = trimmed.hasSuffix(".md") ? String(trimmed.dropLast(3)) : trimmed
            service.guides.append(ContentPaths.guides + withoutExtension + ".md")
            service.keyLocations["guides[\(index)]"] = source.location(mark)
        }
        service.assuredDate = fields.day("assured_date")
        result.service = service
        return result
    }

    /// Where a scalar's text starts: the lines before it, and the columns of indentation on each line.
    private static func descriptionOffsets(_ scalar: YAMLNode.Scalar, yaml: String) -> (line: Int, column: Int) {
        guard let mark = scalar.mark else { return (0, 0) }
        switch scalar.style {
        case .literal, .folded:
            // The text starts on the line after `|`; its indentation is that of its first line with more than spaces.
            var line = 0
            var spaces = 0
            for byte in yaml.utf8 {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    spaces = 0
                } else if line >= mark.line {
                    guard byte == UInt8(ascii: " ") else { return (mark.line, spaces) }
                    spaces += 1
                }
            }
            return (mark.line, 0)
        case .singleQuoted, .doubleQuoted:
            return (mark.line - 1, mark.column)
        default:
            return (mark.line - 1, mark.column - 1)
        }
    }

    private static func phone(_ fields: YAMLFields, _ key: String, source: YAMLSource, sink: DiagnosticSink) -> String? {
        guard let number = fields.string(key) else { return nil }
        guard PhoneNumber.isUKNumber(number) else {
            sink.error(
                "`\(key)` is not a UK phone number: `\(number)`", at: source.location(fields.node(key)?.mark),
                hint: key == "text"
                    ? "write a mobile number with all 11 digits, for example 07700 900000"
                    : "write the number with its area code, for example 020 7946 0000")
            return nil
        }
        return number
    }

    private static func readLocation(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> ServiceLocation? {
        guard fields.node("location") != nil,
            let location = YAMLFields(
                fields.node("location"), name: "location", allowed: locationKeys, source: source, sink: sink)
        else { return nil }
        var value = ServiceLocation(
            site: location.string("site"), building: location.string("building"), floor: location.string("floor"),
            directions: location.string("directions"))
        if let written = location.string("postcode") {
            if let postcode = Postcode.normalised(written) {
                value.postcode = postcode
            } else {
                sink.error(
                    "`\(written)` is not a UK postcode", at: source.location(location.node("postcode")?.mark),
                    hint: "write it as on a letter, for example `SW1A 1AA`")
            }
        } else if value.site != nil || value.building != nil {
            sink.error(
                "the location has no `postcode`", at: source.location(fields.mark("location")),
                hint:
                    "add `postcode:` under `location:`: directories that read services.json (Open Referral UK) need it to find the service"
            )
        }
        return value.isEmpty ? nil : value
    }

    private static func readLanguages(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> [Language] {
        var languages: [Language] = []
        for (code, mark) in fields.strings("languages", single: true) ?? [] {
            let code = code.trimmingWhitespace
            if let language = Language(code: code) {
                if !languages.contains(language) { languages.append(language) }
                continue
            }
            let hint =
                Language.code(forEnglishName: code).map { "write the language's two-letter code: `\($0)`" }
                ?? (code.count > 2 ? Suggestion.closest(to: code.lowercased(), in: Language.knownCodes) : nil).map {
                    "did you mean `\($0)` (\(Language(code: $0)?.englishName ?? ""))?"
                }
                ?? "write the two-letter ISO 639-1 code, for example `pl` for Polish or `ur` for Urdu"
            sink.error("unknown language code `\(code)`", at: source.location(mark), hint: hint)
        }
        return languages
    }
}
