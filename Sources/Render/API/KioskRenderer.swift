import Content
import Markdown
import Utilities

/// The foyer kiosk: the site laid out for a portrait touch screen that runs from a folder.
///
/// It runs with no network. Every address is relative and names its file; links in sentences become
/// large buttons under their block, and anything that would leave the site becomes a QR card.
/// Where each page is written is the Site stage's business (`PageKind`); `SitePaths` names the folders.
public struct KioskRenderer: Sendable {
    /// The kiosk's own pages, as folders inside the kiosk (guides, sections and pages keep their site paths).
    let templates: TemplateSet
    let content: SiteContent
    let sections: [GuideSection]
    let common: KioskContext
    let qrCodes: QRDrawings
    let strings: Strings
    /// The cards for asking for another format, the same on every page.
    let formatCards: SendableValue<[String: Any]>

    /// A renderer for the kiosk.
    ///
    /// While pages are still loading, `content` may hold only the settings and index (`ContentFolder.settingsOnly`): a
    /// guide's or page's kiosk page needs no other page.
    public init(
        templates: TemplateSet, content: SiteContent, sections: [GuideSection], qrCodes: QRDrawings? = nil
    ) {
        self.content = content
        self.sections = sections
        let qrCodes = qrCodes ?? QRDrawings(strings: templates.strings)
        self.qrCodes = qrCodes
        strings = templates.strings
        common = KioskContext(config: content.config)
        let cards = Self.contactCards(content.config.formatsContact, strings: templates.strings).map {
            $0.context(qrCodes: qrCodes, strings: templates.strings)
        }
        formatCards = SendableValue(value: ["links": cards])
        self.templates = templates.renderingSitePartials(with: common.site(formats: formatCards.value), for: .kiosk)
    }

    /// The start page: large tiles for what people come to the foyer for.
    public func renderStart() -> String {
        var context = common.page(title: common.settings.startTitle, folder: "", back: "index.html")
        context["is_start"] = true
        context["head_title"] = content.config.title + " - " + content.config.organisation
        context["intro"] = common.settings.startIntro
        context["tiles"] = tiles()
        context["search_href"] = SitePaths.searchPath + "index.html"
        context["accessibility_href"] = content.accessibilityStatement.map { common.href(to: $0, from: "") }
        context.merge(common.languages()) { _, new in new }
        return templates.render(context, with: "kiosk/start")
    }

    /// Every section, as buttons.
    public func renderTopics() -> String {
        var context = common.page(title: strings(.kioskTopics), folder: SitePaths.kioskTopics, back: "index.html")
        context["items"] = sections.map {
            ["title": content.config.sectionTitle($0.title), "href": "../" + $0.urlPath + "index.html"]
        }
        context["has_items"] = !sections.isEmpty
        return templates.render(context, with: "kiosk/list")
    }

    /// Every guide A to Z, under its first letter.
    public func renderAToZ() -> String {
        var context = common.page(title: strings(.kioskAToZ), folder: SitePaths.kioskAToZ, back: "index.html")
        let guides = content.guides.sorted(byKey: { $0.frontMatter.title.lowercased() }, then: \.sourcePath)
        var groups: [(letter: String, items: [[String: Any]])] = []
        for guide in guides {
            let letter = guide.frontMatter.title.first.map { String($0).uppercased() } ?? "#"
            var item: [String: Any] = [
                "title": guide.frontMatter.title, "href": common.href(to: guide, from: SitePaths.kioskAToZ),
            ]
            item["in_english"] = content.config.isFallback(guide)
            if groups.last?.letter == letter {
                groups[groups.count - 1].items.append(item)
            } else {
                groups.append((letter, [item]))
            }
        }
        context["groups"] = groups.map { ["letter": $0.letter, "items": $0.items] }
        return templates.render(context, with: "kiosk/list")
    }

    /// A section's guides, as buttons.
    public func render(_ section: GuideSection) -> String {
        let title = content.config.sectionTitle(section.title)
        var context = common.page(title: title, folder: section.urlPath, back: SitePaths.kioskTopics + "index.html")
        context["items"] = section.guides.map { guide -> [String: Any] in
            var item: [String: Any] = [
                "title": guide.frontMatter.title, "href": common.href(to: guide, from: section.urlPath),
                "summary": guide.frontMatter.summary,
            ]
            item["in_english"] = content.config.isFallback(guide)
            return item
        }
        context["has_items"] = !section.guides.isEmpty
        return templates.render(context, with: "kiosk/list")
    }

    /// A guide or a standalone page: its body block by block, each followed by its links as buttons and cards.
    ///
    /// `codes` shares the QR code of the page's address with its other files (a guide's leaflet).
    public func render(_ page: ContentPage, codes: GuideQRCodes = GuideQRCodes()) -> String {
        let back = page.kind == .guide ? SitePaths.sectionPath(GuideSections.title(of: page)) + "index.html" : "index.html"
        var context = common.page(title: page.frontMatter.title, folder: page.urlPath, back: back)
        context["summary"] = page.frontMatter.summary
        context["blocks"] = blocks(page.document.gathered)
        context["is_guide"] = page.kind == .guide
        if let easyRead = easyRead(of: page) {
            context["easy_read_href"] = easyRead.href
            context["easy_read_in_english"] = easyRead.inEnglish
        }
        // The bundled templates show these through the site-wide kiosk/layout/formats; other templates may use the key.
        context["formats"] = formatCards.value
        context["last_reviewed"] = page.frontMatter.lastReviewed.map { DateContext.of($0, templates.strings.wording) }
        context["next_review"] = page.frontMatter.nextReview.map { DateContext.of($0, templates.strings.wording) }
        context["document"] = DocumentContext.of(page, templates.strings.wording)
        context["sources"] = page.frontMatter.sources.map { ["title": $0.title, "shown": WebAddress.short($0.url)] }
        context["has_sources"] = !page.frontMatter.sources.isEmpty
        let address = content.config.absoluteURL(of: page)
        context["page_qr"] = qrCodes.draw(codes.code(address), address)
        context["page_address"] = WebAddress.short(address)
        return templates.render(context, with: "kiosk/page")
    }

    /// How to walk from the foyer to the PALS office, and how to contact PALS.
    public func renderFindPALS() -> String {
        var context = common.page(title: strings(.kioskFindPALS), folder: SitePaths.kioskFindPALS, back: "index.html")
        context["directions"] = common.settings.directions
        context["has_directions"] = !common.settings.directions.isEmpty
        if let map = common.settings.map, let asset = content.index.assets[map.path] {
            var image: [String: Any] = ["src": common.assetRoot(from: SitePaths.kioskFindPALS) + map.path, "alt": map.alt]
            if let width = asset.width, let height = asset.height {
                image["width"] = width
                image["height"] = height
            }
            context["map"] = image
        }
        let contact = content.config.contact
        context["address_lines"] = contact.address
        context["has_address"] = !contact.address.isEmpty
        context["hours"] = contact.hours
        context["contact"] = [
            "links": Self.contactCards(contact, strings: strings).map { $0.context(qrCodes: qrCodes, strings: strings) }
        ]
        return templates.render(context, with: "kiosk/find-pals")
    }

    private func tiles() -> [[String: String]] {
        var tiles: [[String: String]]
        if common.settings.tiles.isEmpty {
            tiles = sections.map { ["title": content.config.sectionTitle($0.title), "href": $0.urlPath + "index.html"] }
        } else {
            tiles = common.settings.tiles.compactMap { tile in
                switch tile.target {
                case .page(KioskTile.serviceDirectory):
                    return ["title": tile.title, "href": common.up + SitePaths.serviceDirectoryPath + "index.html"]
                case .page(let path):
                    let translated = content.config.edition.map { content.index.translations[path]?.contains($0.code) == true }
                    let up = translated == false ? common.up : ""
                    return content.index.pages[path].map { ["title": tile.title, "href": up + $0 + "index.html"] }
                case .section(let title):
                    return ["title": tile.title, "href": SitePaths.sectionPath(title) + "index.html"]
                }
            }
        }
        // The directory is in the site's own language: one kiosk's, shared by every language.
        let servicesTile = ["title": strings(.servicesTitle), "href": common.up + SitePaths.serviceDirectoryPath + "index.html"]
        if !content.publishedServices.isEmpty && !tiles.contains(where: { $0["href"] == servicesTile["href"] }) {
            tiles.append(servicesTile)
        }
        tiles.append(["title": strings(.kioskFindPALS), "href": SitePaths.kioskFindPALS + "index.html"])
        tiles.append(["title": strings(.kioskTopics), "href": SitePaths.kioskTopics + "index.html"])
        tiles.append(["title": strings(.kioskAToZ), "href": SitePaths.kioskAToZ + "index.html"])
        return tiles
    }

    /// A body block by block, each with its links as buttons and cards.
    func blocks(_ gathered: [GatheredBlock]) -> [[String: Any]] {
        gathered.map { block in
            let cards = unique(block.links.map(KioskCard.init))
            return [
                "html": block.html, "links": cards.map { $0.context(qrCodes: qrCodes, strings: strings) },
                "has_links": !cards.isEmpty,
            ]
        }
    }

    func unique(_ cards: [KioskCard]) -> [KioskCard] {
        var seen = Set<KioskCard>()
        return cards.filter { seen.insert($0).inserted }
    }

    /// Phone, text, Relay UK and email as cards, in that order.
    static func contactCards(_ contact: ContactDetails, strings: Strings) -> [KioskCard] {
        var cards: [KioskCard] = []
        if let phone = contact.phone { cards.append(.phone(strings(.phone), phone)) }
        if let text = contact.text {
            cards.append(.scan(kind: .text, text: strings(.textMessage), shown: text, encoded: PhoneNumber.smsURL(text)))
        }
        if let relay = contact.relayUK { cards.append(.phone(strings(.relayUK), relay)) }
        if let email = contact.email {
            cards.append(.scan(kind: .email, text: strings(.email), shown: email, encoded: "mailto:" + email))
        }
        return cards
    }

    /// A guide's easy-read version on the kiosk, from the guide's page, and whether it is the English one in another
    /// language's kiosk (not translated into it); nil when the guide has none.
    func easyRead(of page: ContentPage) -> (href: String, inEnglish: Bool)? {
        guard page.kind == .guide else { return nil }
        guard let urlPath = content.index.easyRead(ofGuide: page.sourcePath) else { return nil }
        let path = ContentPaths.easyReadPath(forGuide: page.sourcePath)
        let inEnglish = content.config.edition.map { content.index.translations[path]?.contains($0.code) != true } ?? false
        return (
            SitePaths.relativePath(from: page.urlPath, to: "") + (inEnglish ? common.up : "") + urlPath + "index.html", inEnglish
        )
    }
}
