import Content
import Foundation
import Markdown
import Utilities

/// Signpost's services as Open Referral UK (HSDS 3.0) records: `Site/services.json`.
public enum OpenReferralExport {
    /// The vocabulary Signpost's categories are written in.
    public static let categoryVocabulary = "signpost-category"

    /// The whole directory as a JSON array of HSDS services, keys sorted, so every build writes the same bytes.
    ///
    /// Records are encoded one at a time (the same text as encoding the array at once, without its whole tree in
    /// memory).
    public static func json(_ services: [Service], config: SiteConfig, wording: Wording) -> String {
        var text = ""
        json(services, records: OpenReferralRecords(config: config, wording: wording)) { text += $0 }
        return text
    }

    /// The same JSON handed over a record at a time, for writing a large directory without making it whole: each
    /// record's text is `records`' (the site's settings and wording are theirs), which a build shares with the feed's
    /// files.
    public static func json(_ services: [Service], records: OpenReferralRecords, into emit: (String) -> Void) {
        emit("[")
        var written = false
        for service in sorted(services, config: records.config) {
            guard let text = records.text(of: service) else { continue }
            // Each record's lines indented under the array's.
            emit((written ? ",\n  " : "\n  ") + OpenReferralRecords.indented(text, depth: 1))
            written = true
        }
        emit(written ? "\n]\n" : "]\n")
    }

    /// The services in the order every export lists them: by their Open Referral UK id, which travels with them.
    static func sorted(_ services: [Service], config: SiteConfig) -> [Service] {
        services.map { (ExportIDs($0, config: config).service, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// One service as an HSDS record.
    ///
    /// Its description is the summary, a blank line, then the Markdown description.
    public static func record(_ service: Service, config: SiteConfig, wording: Wording) -> HSDSService {
        let ids = ExportIDs(service, config: config)
        let id = ids.service
        var description = service.summary
        if let markdown = service.description?.markdown, !markdown.isEmpty {
            // Exported as the page shows it: raw HTML left out, unless the site lets it through.
            let hasHTML = !(service.description?.document.rawHTML.isEmpty ?? true)
            description += "\n\n" + (hasHTML && !config.allowRawHTML ? MarkdownRenderer.removingRawHTML(markdown) : markdown)
        }
        var phones: [HSDSPhone] = []
        if let phone = service.phone { phones.append(HSDSPhone(id: ids.of("phone"), number: phone, type: "voice")) }
        if let text = service.text { phones.append(HSDSPhone(id: ids.of("text"), number: text, type: "text")) }
        let contact = HSDSContact(
            id: ids.of("contact"), name: service.name, email: service.email, phones: phones.isEmpty ? nil : phones)
        return HSDSService(
            id: id, name: service.name, description: description, url: service.website, email: service.email,
            status: service.status.openReferral, assured_date: service.assuredDate?.iso,
            organization: HSDSOrganization(
                id: ExportIDs.organisation(config), name: config.organisation, description: config.organisationDescription),
            phones: phones.isEmpty ? nil : phones,
            contacts: service.email == nil && phones.isEmpty ? nil : [contact],
            schedules: schedules(service, wording: wording, config: config).nilIfEmpty,
            service_at_locations: location(service, config: config).map { [$0] },
            languages: service.languages.map {
                HSDSLanguage(id: ids.of("language-" + $0.code), name: $0.englishName, code: $0.code)
            }.nilIfEmpty,
            attributes: [
                HSDSAttribute(
                    id: ids.of("category"),
                    taxonomy_term: HSDSTaxonomyTerm(
                        id: ExportIDs.category(service.category, config: config), name: service.category,
                        description: config.categories[service.category], vocabulary: categoryVocabulary))
            ])
    }

    /// A weekly schedule for each group of days with the same hours.
    ///
    /// `always` as every day 00:00 to 23:59, as HSDS advises. A period past midnight closes earlier than it opens; one
    /// ending at midnight closes at 00:00.
    static func schedules(_ service: Service, wording: Wording, config: SiteConfig) -> [HSDSSchedule] {
        let ids = ExportIDs(service, config: config)
        let id = ids.service
        let note = service.hoursNote
        let words = service.hours.sentences(wording).joined(separator: " ")
        switch service.hours {
        case .notGiven:
            return note.map { [HSDSSchedule(id: ids.of("schedule-1"), service_id: id, notes: $0)] } ?? []
        case .always:
            return [
                HSDSSchedule(
                    id: ids.of("schedule-1"), service_id: id, freq: "WEEKLY",
                    byday: Weekday.allCases.map(\.icalCode).joined(separator: ","),
                    opens_at: "00:00", closes_at: "23:59", description: words, notes: note)
            ]
        case .weekly:
            var schedules: [HSDSSchedule] = []
            for group in service.hours.groups {
                for period in group.periods {
                    schedules.append(
                        HSDSSchedule(
                            id: ids.of("schedule-\(schedules.count + 1)"), service_id: id, freq: "WEEKLY",
                            byday: group.days.map(\.icalCode).joined(separator: ","), opens_at: period.opens.text,
                            closes_at: period.closes.minutes == 1440 ? "00:00" : period.closes.text, description: words,
                            notes: note))
                }
            }
            if schedules.isEmpty, let note {
                schedules.append(HSDSSchedule(id: ids.of("schedule-1"), service_id: id, notes: note))
            }
            return schedules
        }
    }

    /// The service's place, with its access features.
    ///
    /// HSDS has no floor: it is the first line of the address (the site's name when there is no floor or building). The
    /// town is the last line of PALS's address in site.yaml, and the county `region`.
    static func location(_ service: Service, config: SiteConfig) -> HSDSServiceAtLocation? {
        let place = service.location ?? ServiceLocation()
        guard !place.isEmpty || !service.accessibility.isEmpty else { return nil }
        let ids = ExportIDs(service, config: config)
        let id = ids.of("location")
        let firstLine = [place.floor, place.building].compactMap { $0 }.joined(separator: ", ")
        let address =
            firstLine.isEmpty && place.site == nil
            ? nil
            : HSDSAddress(
                id: ids.of("address"), address_1: firstLine.isEmpty ? place.site : firstLine,
                city: config.contact.address.last ?? place.site, state_province: config.region, postal_code: place.postcode,
                country: "GB", address_type: "physical")
        let location = HSDSLocation(
            id: id, location_type: "physical", name: place.building ?? service.name, alternate_name: place.site,
            description: place.directions, addresses: address.map { [$0] },
            accessibility: service.accessibility.enumerated().map {
                HSDSAccessibility(id: ids.of("access-\($0.offset + 1)"), description: $0.element)
            }.nilIfEmpty)
        return HSDSServiceAtLocation(id: ids.of("at-location"), service_id: ids.service, location: location)
    }
}

extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
