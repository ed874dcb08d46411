import Content
import OpenReferral
import Render

extension SiteAssembler {
    /// The directory's addresses for the sitemap, services with the date their record was checked.
    static func servicePaths(_ directory: ServiceDirectory) -> [(path: String, lastModified: Day?)] {
        guard !directory.isEmpty else { return [] }
        return [(SitePaths.serviceDirectoryPath, nil)]
            + directory.categories.map { (SitePaths.serviceCategoryPath($0.name), nil) }
            + directory.services.map { ($0.urlPath, $0.assuredDate) }
    }
}
