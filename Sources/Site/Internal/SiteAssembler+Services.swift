import Content
import OpenReferral
import Render

extension SiteAssembler {
    /// The directory's pages (A to Z, each category, each service) and its exports, `services.json` (Open Referral UK)
    /// and `services.csv`.
    ///
    /// Nothing when the site has no published services.
    func serviceJobs(_ content: SiteContent, directory: ServiceDirectory) -> [FileJob] {
        guard !directory.isEmpty else { return [] }
        let renderer = ServiceRenderer(templates: templates, content: content, directory: directory)
        var jobs = [FileJob(path: SitePaths.serviceDirectoryPath + "index.html") { renderer.renderDirectory() }]
        jobs += directory.categories.map { category in
            FileJob(path: SitePaths.serviceCategoryPath(category.name) + "index.html") {
                renderer.renderCategory(category.name, services: category.services)
            }
        }
        jobs += directory.services.map { service in FileJob(path: service.urlPath + "index.html") { renderer.render(service) } }
        let exported = directory.services
        let config = content.config
        jobs.append(FileJob(path: "services.json") { emit in OpenReferralExport.json(exported, config: config, into: emit) })
        jobs.append(FileJob(path: "services.csv") { ServicesCSV.make(exported, config: config) })
        return jobs
    }

    /// The directory's addresses for the sitemap, services with the date their record was checked.
    static func servicePaths(_ directory: ServiceDirectory) -> [(path: String, lastModified: String?)] {
        guard !directory.isEmpty else { return [] }
        return [(SitePaths.serviceDirectoryPath, nil)]
            + directory.categories.map { (SitePaths.serviceCategoryPath($0.name), nil) }
            + directory.services.map { ($0.urlPath, $0.assuredDate?.iso) }
    }
}
