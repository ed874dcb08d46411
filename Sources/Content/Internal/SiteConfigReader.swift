import Diagnostics

/// Reads and checks `site.yaml`.
enum SiteConfigReader {
    static let keys = [
        "title", "organisation", "base_url", "language", "contact", "formats_contact", "feedback_email",
        "review_warning_days", "sections", "allow_raw_html", "pals_service", "reading_age_limit",
        "kiosk", "organisation_description", "region", "categories", "sentence_word_limit", "languages",
        "branding",
    ]
    static let required: KeyValuePairs<String, String> = [
        "title": "add `title:` with the site's name, for example `title: Patient Advice and Liaison Service`",
        "organisation": "add `organisation:` with the trust's name",
        "base_url":
            "add `base_url:` with the address the site is published at, for example `https://pals.example-hospital.nhs.uk/`",
        "contact": "add `contact:` with PALS's `phone`, `email`, `text`, `relay_uk`, `address` and `hours`",
        "formats_contact": "add `formats_contact:` with at least two ways to ask for another format, one of them not by voice",
        "feedback_email": "add `feedback_email:` with the address that feedback about pages goes to",
    ]
    static let contactKeys = ["phone", "email", "text", "relay_uk", "address", "hours"]
    static let formatsKeys = ["phone", "email", "text", "relay_uk"]

    static func read(_ yaml: String, path: String, sink: DiagnosticSink) -> SiteConfig {
        let source = YAMLSource(path: path, lineOffset: 0)
        var config = SiteConfig()
        guard
            let fields = YAMLFields(
                source.compose(yaml, sink: sink), name: "site.yaml", allowed: keys, required: required, source: source,
                sink: sink, missingAt: SourceLocation(path: path, line: 1, column: 1))
        else { return config }

        config.title = fields.string("title") ?? ""
        config.organisation = fields.string("organisation") ?? ""
        if let url = fields.string("base_url") {
            if url.hasPrefix("https://") || url.hasPrefix("http://localhost") || url.hasPrefix("http://127.0.0.1") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
                config.basePath = SiteConfig.path(of: config.baseURL)
            } else {
                sink.error(
                    "`base_url` should start with https://: `\(url)`", at: source.location(fields.node("base_url")?.mark),
                    hint: "write the full secure address, for example https://pals.example-hospital.nhs.uk/")
            }
        }
        if let language = fields.string("language") { config.language = language }
        config.languages = LanguagesReader.read(fields, default: config.language, source: source, sink: sink)
        config.feedbackEmail = fields.string("feedback_email") ?? ""
        if !config.feedbackEmail.isEmpty { checkEmail(config.feedbackEmail, fields.node("feedback_email")?.mark, source, sink) }
        if let days = fields.integer("review_warning_days") { config.reviewWarningDays = days }
        if let limit = fields.integer("reading_age_limit") { config.readingAgeLimit = limit }
        if let limit = fields.integer("sentence_word_limit") { config.sentenceWordLimit = limit }
        config.sections = fields.strings("sections")?.map(\.0) ?? []
        config.allowRawHTML = fields.boolean("allow_raw_html") ?? false
        if let branding = fields.node("branding") { config.branding = BrandingReader.read(branding, source: source, sink: sink) }
        if let kiosk = fields.node("kiosk") { config.kiosk = KioskSettingsReader.read(kiosk, source: source, sink: sink) }
        config.organisationDescription = fields.string("organisation_description")
        config.region = fields.string("region")
        if let categories = fields.node("categories") {
            if let mapping = categories.mapping {
                for (name, description) in mapping {
                    guard let key = name.string, let text = description.scalar?.string.trimmingWhitespace, !text.isEmpty else {
                        sink.error(
                            "each category under `categories` needs a description", at: source.location(name.mark),
                            hint: "write the category's name, a colon and one sentence on what its services do")
                        continue
                    }
                    fields.checkPlainText(text, key: key, mark: description.mark)
                    config.categories[key] = text
                }
            } else {
                sink.error(
                    "`categories` should be a list of `Category name: description` lines",
                    at: source.location(categories.mark),
                    hint: "for example `Help and advice: Services that help you find your way and speak up.`")
            }
        }

        if let contact = YAMLFields(fields.node("contact"), name: "contact", allowed: contactKeys, source: source, sink: sink) {
            config.contact = readContact(contact, source: source, sink: sink)
        }
        if let formats = YAMLFields(
            fields.node("formats_contact"), name: "formats_contact", allowed: formatsKeys, source: source, sink: sink)
        {
            config.formatsContact = readContact(formats, source: source, sink: sink)
            let routes = [
                config.formatsContact.phone, config.formatsContact.email, config.formatsContact.text,
                config.formatsContact.relayUK,
            ]
            let notByVoice = [config.formatsContact.email, config.formatsContact.text, config.formatsContact.relayUK]
            if routes.compactMap({ $0 }).count < 2 || notByVoice.compactMap({ $0 }).isEmpty {
                sink.error(
                    "`formats_contact` needs at least two ways to ask for another format, and one of them not by voice",
                    at: fields.location("formats_contact"),
                    hint:
                        "the Accessible Information Standard asks for this: add an `email`, a `text` number or `relay_uk` beside the `phone` number"
                )
            }
        }
        return config
    }

    private static func readContact(_ fields: YAMLFields, source: YAMLSource, sink: DiagnosticSink) -> ContactDetails {
        var contact = ContactDetails()
        contact.phone = fields.string("phone")
        contact.email = fields.string("email")
        contact.text = fields.string("text")
        contact.relayUK = fields.string("relay_uk")
        contact.hours = fields.string("hours")
        contact.address = fields.strings("address", single: true)?.map(\.0) ?? []
        for key in ["phone", "text"] {
            if let number = fields.string(key), !PhoneNumber.isUKNumber(number) {
                sink.error(
                    "`\(key)` is not a UK phone number: `\(number)`", at: source.location(fields.node(key)?.mark),
                    hint: "write the number with its area code, for example 020 7946 0000 or 07700 900000")
            }
        }
        if let relay = contact.relayUK, !PhoneNumber.isRelayNumber(relay) {
            sink.error(
                "`relay_uk` should be 18001 followed by the phone number: `\(relay)`",
                at: source.location(fields.node("relay_uk")?.mark), hint: "for example 18001 020 7946 0000")
        }
        if let email = contact.email { checkEmail(email, fields.node("email")?.mark, source, sink) }
        return contact
    }

    private static func checkEmail(_ email: String, _ mark: YAMLMark?, _ source: YAMLSource, _ sink: DiagnosticSink) {
        if !EmailAddress.isValid(email) {
            sink.error(
                "`\(email)` is not an email address", at: source.location(mark), hint: "for example pals@example-hospital.nhs.uk")
        }
    }
}
