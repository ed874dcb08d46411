import Content

/// Pieces of a service page's template data.
enum ServiceContext {
    /// Phone (grouped), text, email and website, with their links.
    static func contact(_ service: Service) -> [String: String] {
        var contact: [String: String] = [:]
        if let phone = service.phone {
            contact["phone"] = PhoneNumber.grouped(phone)
            contact["phone_href"] = PhoneNumber.telURL(phone)
        }
        if let text = service.text {
            contact["text"] = PhoneNumber.grouped(text)
            contact["text_href"] = PhoneNumber.smsURL(text)
        }
        if let email = service.email {
            contact["email"] = email
            contact["email_href"] = "mailto:" + email
        }
        if let website = service.website { contact["website"] = website }
        return contact
    }

    /// The hours in words and as a table, and as data for the live status script.
    static func hours(_ service: Service, _ wording: Wording) -> [String: Any] {
        var context: [String: Any] = [
            "hours_sentences": service.hours.sentences(wording),
            "has_hours": service.hours != .notGiven,
            "hours_table": service.hours == .notGiven
                ? [] : service.hours.table(wording).map { ["day": $0.day, "hours": $0.hours] },
        ]
        if let note = service.hoursNote { context["hours_note"] = note }
        if service.status == .active && service.hours != .notGiven {
            context["hours_json"] = HTMLSafeJSON.encode(hoursData(service.hours))
        }
        return context
    }

    /// `{"always": false, "spans": [[start, end], ...]}` in minutes from Monday 00:00, Europe/London time.
    static func hoursData(_ hours: OpeningHours) -> [String: Any] {
        guard case .weekly(let periods) = hours else { return ["always": hours == .always, "spans": [[Int]]()] }
        return ["always": false, "spans": periods.map { [$0.startInWeek, $0.endInWeek] }]
    }

    static func language(_ language: Language) -> [String: Any] {
        [
            "code": language.code, "english": language.englishName, "own": language.ownName,
            "dir": language.isRightToLeft ? "rtl" : "ltr", "has_own": language.ownName != language.englishName,
        ]
    }
}
