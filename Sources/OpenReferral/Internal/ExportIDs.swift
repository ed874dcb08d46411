import Content
import Utilities

/// The UUIDs Open Referral UK gives everything: a service's is the one its record keeps (`uuid`, from an import), or
/// one made from the site's address and the record's id, so it never changes between builds; the ids of its parts
/// (phones, schedules, its location) are made from the service's, so they travel with it.
struct ExportIDs {
    let service: String

    init(_ service: Service, config: SiteConfig) {
        self.service = service.uuid ?? NameUUID.make(config.baseURL + SitePaths.servicePath(service.id))
    }

    /// The id of one part of the service: `phone`, `schedule-2`, `location`.
    func of(_ part: String) -> String {
        NameUUID.make("urn:uuid:" + service + "/" + part)
    }

    /// The trust's id, from its site's address.
    static func organisation(_ config: SiteConfig) -> String {
        NameUUID.make(config.baseURL)
    }

    /// A category's id, the same for every service in it.
    static func category(_ name: String, config: SiteConfig) -> String {
        NameUUID.make(config.baseURL + SitePaths.serviceCategoryPath(name))
    }
}
