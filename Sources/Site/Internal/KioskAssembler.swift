import Content
import Render
import Utilities

/// The kiosk's files, with paths inside the kiosk folder: its kinds of `PageKind`, the pictures the guides use, and
/// its stylesheet and script from `Templates/kiosk/assets/`.
struct KioskAssembler {
    let templates: TemplateSet
    let content: SiteContent
    let sections: [GuideSection]
    let directory: ServiceDirectory
    /// The QR codes drawn so far this build.
    let qrCodes: QRDrawings
    /// The fingerprint of the bytes each service record was read from, by its path (`SiteAssembler.recordPrints`).
    var recordPrints: [String: Fingerprint] = [:]

    /// The kiosk page of one guide or page, written while the content is still loading; `codes` are the QR
    /// codes of its addresses, shared with the guide's leaflets.
    static func files(for page: ContentPage, kiosk: KioskRenderer, codes: GuideQRCodes = GuideQRCodes()) -> [FileJob] {
        guard let source = SiteAssembler.source(of: page) else { return [] }
        return PageKind.kinds(source, of: .kiosk).map { kind in
            FileJob(path: kind.path(for: .page(page))) { kiosk.render(page, codes: codes) }.made(from: page)
        }
    }

    /// Every other kiosk page, once every page is loaded; with `pages`, the guides' and pages' too.
    func jobs(pages: Bool) -> [FileJob] {
        let kiosk = KioskRenderer(templates: templates, content: content, sections: sections, qrCodes: qrCodes)
        return PageKind.allCases.filter { kind in
            kind.output == .kiosk && (pages || !kind.writtenWhileLoading)
                && kind.isMade(hasServices: !directory.isEmpty, config: content.config)
        }.flatMap { kind in
            PageKind.items(kind.source, content: content, sections: sections, directory: directory).map { job(kind, $0, kiosk) }
        }
    }

    /// The kiosk in one of the site's other languages, for its folder of the kiosk.
    ///
    /// `content` is its edition and `templates` that language's; it makes the kinds made in each language, pages
    /// only where they are translated. It shares
    /// the English kiosk's styles, pictures and directory of services.
    func editionJobs(pages: Bool) -> [FileJob] {
        let kiosk = KioskRenderer(templates: templates, content: content, sections: sections, qrCodes: qrCodes)
        let kinds = PageKind.allCases.filter {
            $0.output == .kiosk && $0.isMadeInEachLanguage && (pages || !$0.writtenWhileLoading)
        }
        return kinds.flatMap { kind in
            PageKind.items(kind.source, content: content, sections: sections, directory: directory)
                .filter(SiteAssembler.isTranslated).map { job(kind, $0, kiosk) }
        }
    }

    private func job(_ kind: PageKind, _ item: PageKind.Item, _ kiosk: KioskRenderer) -> FileJob {
        let path = kind.path(for: item)
        let directory = directory
        switch (kind, item) {
        case (.kioskStart, _):
            return FileJob(path: path) { kiosk.renderStart() }.showing(GuideSections.shownFingerprint(of: sections))
        case (.kioskTopics, _):
            return FileJob(path: path) { kiosk.renderTopics() }.showing(GuideSections.shownFingerprint(of: sections))
        case (.kioskAToZ, _): return FileJob(path: path) { kiosk.renderAToZ() }.listing()
        case (.kioskFindPALS, _): return FileJob(path: path) { kiosk.renderFindPALS() }.showing(FileJob.showsNoPage)
        case (.kioskSearch, _): return FileJob(path: path) { kiosk.renderSearch() }.showing(FileJob.showsNoPage)
        case (.kioskBrandStyles, _):
            let (branding, templates) = (content.config.branding, templates)
            return FileJob(path: path) { BrandStyles.kiosk(branding, templates: templates) }.showing(FileJob.showsNoPage)
        case (.kioskSection, .section(let section)):
            return FileJob(path: path) { kiosk.render(section) }.showing(section.shownFingerprint)
        case (.kioskServices, _):
            return FileJob(path: path) { kiosk.renderServices(directory) }.showing(FileJob.showsNoPage)
        case (.kioskServiceCategory, .category(let name)):
            let services = directory.categories.first { $0.name == name }?.services ?? []
            return FileJob(path: path) { kiosk.renderServiceCategory(name, services: services) }
                .showing(FileJob.showsNoPage)
        case (.kioskService, .service(let service)):
            return FileJob(path: path) { kiosk.render(service, directory: directory) }
                .made(fromRecord: recordPrints[service.sourcePath], showing: directory.shownOfGuides(by: service.id))
        case (_, .page(let page)):
            // Guides, pages and easy-read versions: guides link to easy read, and on the kiosk every link stays inside it.
            return FileJob(path: path) { kiosk.render(page) }
        default:
            // The website's kinds are `SiteAssembler`'s; `KioskAssembler` asks only for the kiosk's.
            return FileJob(path: path) { "" }
        }
    }

    /// The folder of the kiosk's own stylesheet and script, under the templates folder.
    static let assetsFolder = "kiosk/assets"
}
