import Content
import Render

/// The kiosk's files, with paths inside the kiosk folder: its pages, the pictures the guides use, and
/// its stylesheet and script from `Templates/kiosk/assets/`.
struct KioskAssembler {
    let templates: TemplateSet
    let content: SiteContent
    let sections: [GuideSection]
    let directory: ServiceDirectory
    /// The QR codes drawn so far this build.
    let qrCodes: QRDrawings

    /// The kiosk page of one guide or page, written while the content is still loading; `codes` are the QR
    /// codes of its addresses, shared with the guide's leaflets.
    static func files(for page: ContentPage, kiosk: KioskRenderer, codes: GuideQRCodes = GuideQRCodes()) -> [FileJob] {
        switch page.kind {
        case .guide, .page: return [FileJob(path: page.urlPath + "index.html") { kiosk.render(page, codes: codes) }]
        case .home, .easyRead: return []
        }
    }

    /// Every other kiosk page, once every page is loaded; with `pages`, the guides' and pages' too.
    func jobs(pages: Bool) -> [FileJob] {
        let kiosk = KioskRenderer(templates: templates, content: content, sections: sections, qrCodes: qrCodes)
        // Easy-read versions too: guides link to them, and on the kiosk every link stays inside it.
        var jobs = ((pages ? content.guides + content.pages : []) + content.easyReads).map { page in
            FileJob(path: page.urlPath + "index.html") { kiosk.render(page) }
        }
        jobs.append(FileJob(path: "index.html") { kiosk.renderStart() })
        jobs.append(FileJob(path: KioskRenderer.Paths.topics + "index.html") { kiosk.renderTopics() })
        jobs.append(FileJob(path: KioskRenderer.Paths.aToZ + "index.html") { kiosk.renderAToZ() })
        jobs.append(FileJob(path: KioskRenderer.Paths.findPALS + "index.html") { kiosk.renderFindPALS() })
        jobs += sections.map { section in FileJob(path: section.urlPath + "index.html") { kiosk.render(section) } }
        let directory = self.directory
        if !directory.isEmpty {
            jobs.append(FileJob(path: SitePaths.serviceDirectoryPath + "index.html") { kiosk.renderServices(directory) })
            jobs += directory.categories.map { category in
                FileJob(path: SitePaths.serviceCategoryPath(category.name) + "index.html") {
                    kiosk.renderServiceCategory(category.name, services: category.services)
                }
            }
            jobs += directory.services.map { service in
                FileJob(path: service.urlPath + "index.html") { kiosk.render(service, directory: directory) }
            }
        }
        return jobs
    }

    /// The folder of the kiosk's own stylesheet and script, under the templates folder.
    static let assetsFolder = "kiosk/assets"
}
