import Content

/// The directory of services on the kiosk: every service A to Z and by category, and a page a service
/// with its hours, where it is, and QR cards for its phone, text, email and website.
extension KioskRenderer {
    /// `services/`: the categories, then every service A to Z under its first letter.
    public func renderServices(_ directory: ServiceDirectory) -> String {
        let folder = SitePaths.serviceDirectoryPath
        var context = common.page(title: strings(.servicesTitle), folder: folder, back: "index.html")
        let root = SitePaths.relativePath(from: folder, to: "")
        context["categories"] = directory.categories.map { category in
            ["title": category.name, "href": root + SitePaths.serviceCategoryPath(category.name) + "index.html"]
        }
        context["letters"] = directory.letters.map { group -> [String: Any] in
            ["letter": group.letter, "items": group.services.map { serviceItem($0, root: root) }]
        }
        return templates.render(context, with: "kiosk/services")
    }

    /// A category's services, A to Z.
    public func renderServiceCategory(_ name: String, services: [Service]) -> String {
        let folder = SitePaths.serviceCategoryPath(name)
        var context = common.page(title: name, folder: folder, back: SitePaths.serviceDirectoryPath + "index.html")
        let root = SitePaths.relativePath(from: folder, to: "")
        context["items"] = services.map { serviceItem($0, root: root) }
        context["has_items"] = !services.isEmpty
        return templates.render(context, with: "kiosk/list")
    }

    /// A service: what it is, where it is, when it is open, how to contact it, and the guides about it.
    public func render(_ service: Service, directory: ServiceDirectory) -> String {
        let back = SitePaths.serviceCategoryPath(service.category) + "index.html"
        var context = common.page(title: service.name, folder: service.urlPath, back: back)
        let root = SitePaths.relativePath(from: service.urlPath, to: "")
        context["summary"] = service.summary
        context["temporarily_closed"] = service.status == .temporarilyClosed
        context["blocks"] = blocks(service.description?.document.gathered ?? [])
        if let location = service.location, !location.isEmpty {
            context["location"] = ["place": location.oneLine, "directions": location.directions as Any]
        }
        context.merge(ServiceContext.hours(service, templates.strings.wording)) { _, hours in hours }
        let cards = Self.serviceCards(service, strings: strings)
        context["contact"] = ["links": cards.map { $0.context(qrCodes: qrCodes, strings: strings) }]
        context["has_contact"] = !cards.isEmpty
        context["accessibility"] = service.accessibility
        context["has_accessibility"] = !service.accessibility.isEmpty
        context["languages"] = service.languages.map {
            [
                "english": $0.englishName, "own": $0.ownName, "code": $0.code,
                "dir": $0.isRightToLeft ? "rtl" : "ltr", "has_own": $0.ownName != $0.englishName,
            ]
        }
        context["has_languages"] = !service.languages.isEmpty
        let guides = (directory.relatedGuides[service.id] ?? []).map {
            ["title": $0.title, "href": root + $0.urlPath + "index.html"]
        }
        context["guides"] = guides
        context["has_guides"] = !guides.isEmpty
        context["page_qr"] = qrCodes.draw(content.config.siteURL(service.urlPath))
        context["page_address"] = WebAddress.short(content.config.siteURL(service.urlPath))
        context["assured_date"] = service.assuredDate.map { DateContext.of($0, templates.strings.wording) }
        return templates.render(context, with: "kiosk/service")
    }

    private func serviceItem(_ service: Service, root: String) -> [String: Any] {
        var item: [String: Any] = [
            "title": service.name, "href": root + service.urlPath + "index.html", "summary": service.summary,
            "temporarily_closed": service.status == .temporarilyClosed,
        ]
        if let place = service.location?.oneLine, !place.isEmpty { item["place"] = place }
        return item
    }

    /// A service's phone, text, email and website as cards, in that order.
    static func serviceCards(_ service: Service, strings: Strings) -> [KioskCard] {
        var cards: [KioskCard] = []
        if let phone = service.phone { cards.append(.phone(strings(.phone), PhoneNumber.grouped(phone))) }
        if let text = service.text {
            let shown = PhoneNumber.grouped(text)
            cards.append(.scan(kind: .text, text: strings(.textMessage), shown: shown, encoded: PhoneNumber.smsURL(text)))
        }
        if let email = service.email {
            cards.append(.scan(kind: .email, text: strings(.email), shown: email, encoded: "mailto:" + email))
        }
        if let website = service.website {
            cards.append(.scan(kind: .web, text: strings(.website), shown: WebAddress.short(website), encoded: website))
        }
        return cards
    }
}
