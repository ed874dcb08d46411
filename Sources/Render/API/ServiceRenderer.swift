import Content

/// The directory's pages: every service A to Z, a page a category, and a page a service.
///
/// Template data is documented in `Templates/README.md`.
public struct ServiceRenderer: Sendable {
    let templates: TemplateSet
    let content: SiteContent
    let directory: ServiceDirectory
    let common: SharedContext

    public init(templates: TemplateSet, content: SiteContent, directory: ServiceDirectory) {
        self.templates = templates
        self.content = content
        self.directory = directory
        self.common = SharedContext(content: content, strings: templates.strings)
    }

    /// `services/`: the jump list of letters, the categories, and every service A to Z.
    public func renderDirectory() -> String {
        let summary = templates.strings(.servicesSummary, ["organisation": content.config.organisation])
        var context = common.page(
            title: templates.strings(.servicesTitle), summary: summary, urlPath: SitePaths.serviceDirectoryPath)
        context["breadcrumbs"] = [common.homeCrumb]
        context["summary"] = summary
        context["letters"] = directory.letters.map { group -> [String: Any] in
            [
                "letter": group.letter, "id": "letter-" + (group.letter == "#" ? "other" : group.letter.lowercased()),
                "services": group.services.map(listItem),
            ]
        }
        context["categories"] = directory.categories.map { category -> [String: Any] in
            [
                "title": category.name, "url": common.root + SitePaths.serviceCategoryPath(category.name),
                "count": category.services.count,
            ]
        }
        return templates.render(context, with: "pages/services")
    }

    /// A category's page: its services A to Z.
    public func renderCategory(_ name: String, services: [Service]) -> String {
        let summary = templates.strings(
            .serviceCategorySummary, ["organisation": content.config.organisation, "category": name.lowercased()])
        var context = common.page(title: name, summary: summary, urlPath: SitePaths.serviceCategoryPath(name))
        context["breadcrumbs"] = [common.homeCrumb, directoryCrumb]
        context["services"] = services.map(listItem)
        return templates.render(context, with: "pages/service-category")
    }

    /// A service's page: everything its record says, the hours in words and as a table, and the live status.
    public func render(_ service: Service) -> String {
        var context = common.page(title: service.name, summary: service.summary, urlPath: service.urlPath)
        let categoryLink = ["title": service.category, "url": common.root + SitePaths.serviceCategoryPath(service.category)]
        context["breadcrumbs"] = [common.homeCrumb, directoryCrumb, categoryLink]
        context["summary"] = service.summary
        context["category"] = categoryLink
        context["temporarily_closed"] = service.status == .temporarilyClosed
        context["body"] = service.description?.document.html ?? ""
        if let location = service.location {
            var place: [String: String] = [:]
            place["site"] = location.site
            place["building"] = location.building
            place["floor"] = location.floor
            place["directions"] = location.directions
            context["location"] = place
        }
        let contact = ServiceContext.contact(service)
        context["service_contact"] = contact
        context["has_contact"] = !contact.isEmpty
        context.merge(ServiceContext.hours(service, templates.strings.wording)) { _, new in new }
        context["accessibility"] = service.accessibility
        context["has_accessibility"] = !service.accessibility.isEmpty
        // The page says "in English and in:", so English itself is not listed again.
        let languages = service.languages.filter { $0.code != "en" }
        context["languages"] = languages.map(ServiceContext.language)
        context["has_languages"] = !languages.isEmpty
        let guides = (directory.relatedGuides[service.id] ?? []).map {
            ["title": $0.title, "url": common.root + $0.urlPath, "summary": $0.summary]
        }
        context["guides"] = guides
        context["has_guides"] = !guides.isEmpty
        context["assured_date"] = service.assuredDate.map { DateContext.of($0, templates.strings.wording) }
        context["json_ld"] = HTMLSafeJSON.encode(ServiceJSONLD.make(service, config: content.config))
        return templates.render(context, with: "pages/service")
    }

    private var directoryCrumb: [String: String] {
        ["title": templates.strings(.servicesTitle), "url": common.root + SitePaths.serviceDirectoryPath]
    }

    private func listItem(_ service: Service) -> [String: Any] {
        var item: [String: Any] = [
            "name": service.name, "url": common.root + service.urlPath, "summary": service.summary,
            "temporarily_closed": service.status == .temporarilyClosed,
        ]
        if let place = service.location?.oneLine, !place.isEmpty { item["place"] = place }
        return item
    }
}
