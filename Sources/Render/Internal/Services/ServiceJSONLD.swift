import Content

/// schema.org data for a service's page: a `MedicalClinic` that is part of the trust's `Hospital`,
/// with its opening hours, phone, email, address and languages.
enum ServiceJSONLD {
    static func make(_ service: Service, config: SiteConfig) -> [String: Any] {
        var data: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "MedicalClinic",
            "name": service.name,
            "description": service.summary,
            "url": config.absoluteURL(service.urlPath),
            "parentOrganization": ["@type": "Hospital", "name": config.organisation],
        ]
        if let phone = service.phone { data["telephone"] = PhoneNumber.grouped(phone) }
        if let email = service.email { data["email"] = email }
        if let website = service.website { data["sameAs"] = website }
        if let location = service.location, !location.oneLine.isEmpty {
            var address: [String: Any] = ["@type": "PostalAddress", "streetAddress": location.oneLine, "addressCountry": "GB"]
            if let site = location.site { address["addressLocality"] = site }
            if let postcode = location.postcode { address["postalCode"] = postcode }
            data["address"] = address
        }
        if !service.languages.isEmpty {
            data["availableLanguage"] = service.languages.map {
                ["@type": "Language", "name": $0.englishName, "alternateName": $0.code]
            }
        }
        let hours = openingHours(service.hours)
        if !hours.isEmpty { data["openingHoursSpecification"] = hours }
        if service.status == .temporarilyClosed { data["publicAccess"] = false }
        return data
    }

    /// One specification for each group of days with the same hours; a period that runs past midnight
    /// closes earlier than it opens, as schema.org reads it.
    static func openingHours(_ hours: OpeningHours) -> [[String: Any]] {
        switch hours {
        case .notGiven: return []
        case .always:
            return [
                [
                    "@type": "OpeningHoursSpecification", "dayOfWeek": Weekday.allCases.map(\.schemaOrgURL), "opens": "00:00",
                    "closes": "23:59",
                ]
            ]
        case .weekly:
            var result: [[String: Any]] = []
            for group in hours.groups {
                for period in group.periods {
                    result.append([
                        "@type": "OpeningHoursSpecification", "dayOfWeek": group.days.map(\.schemaOrgURL),
                        "opens": period.opens.text, "closes": period.closes.minutes == 1440 ? "23:59" : period.closes.text,
                    ])
                }
            }
            return result
        }
    }
}
