import Content
import Diagnostics
import Utilities

/// Rules about the directory of services: unique ids, related guides that exist, records checked
/// within a year, PALS's own record, a way to get in touch without speaking, and the description's links and
/// pictures (as in a guide).
enum ServiceRules {
    /// Rules of a guide's body that apply to a service's description too.
    static let descriptionRules: [any PageRule] = [
        NestingRule(), HeadingRule(), ImageRule(), LinkRule(), LinkTextRule(), RawHTMLRule(), CalloutRule(),
    ]

    static func check(_ content: SiteContent, _ context: CheckContext) -> [Diagnostic] {
        var found = duplicateIDs(content.services) + palsService(content) + openReferral(content)
        let perService = Parallel.map(content.services) { service in
            guides(service, context) + assurance(service, context) + description(service, context)
                + withoutSpeaking(service)
        }
        found += perService.flatMap { $0 }
        return found
    }

    static func duplicateIDs(_ services: [Service]) -> [Diagnostic] {
        var first: [String: Service] = [:]
        var found: [Diagnostic] = []
        for service in services.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            guard let earlier = first[service.id] else {
                first[service.id] = service
                continue
            }
            found.append(
                .error(
                    "two services have the id `\(service.id)`: this file and \(earlier.displayPath)",
                    at: SourceLocation(path: service.displayPath, line: 1, column: 1),
                    hint: "each service's file name is its web address, so it must be unique: rename one of the files"))
        }
        return found
    }

    static func guides(_ service: Service, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (index, path) in service.guides.enumerated() where context.index.pages[path] == nil {
            // Only for a guide that is missing: listing every guide for every service made this rule quadratic.
            let guides = context.index.pages.keys.filter { $0.hasPrefix(ContentPaths.guides) }.sorted()
            let written = String(path.dropFirst(ContentPaths.guides.count).dropLast(3))
            let guess = Suggestion.closest(to: path, in: guides).map {
                "did you mean `\($0.dropFirst(ContentPaths.guides.count).dropLast(3))`?"
            }
            found.append(
                .error(
                    "there is no guide `\(written)`", at: service.sourceLocation(of: "guides[\(index)]"),
                    hint: guess
                        ?? "write the guide's path under Content/guides without .md, for example concerns/making-a-complaint"))
        }
        return found
    }

    /// What Open Referral UK needs that a record alone cannot give: the organisation's description and region in
    /// site.yaml, and a description of each category a published service is in.
    static func openReferral(_ content: SiteContent) -> [Diagnostic] {
        let published = content.services.filter(\.status.isPublished)
        guard !published.isEmpty else { return [] }
        var found: [Diagnostic] = []
        let settings = SourceLocation(path: content.root + "/" + ContentPaths.siteConfig, line: 1, column: 1)
        if content.config.organisationDescription == nil {
            found.append(
                .error(
                    "site.yaml has no `organisation_description`", at: settings,
                    hint:
                        "add a sentence or two on what the trust is: directories that read services.json (Open Referral UK) show it"
                ))
        }
        if content.config.region == nil, published.contains(where: { $0.location?.postcode != nil }) {
            found.append(
                .error(
                    "site.yaml has no `region`", at: settings,
                    hint:
                        "add the county or region the trust is in, for example `region: Greater London`: Open Referral UK addresses need it"
                ))
        }
        var reported = Set<String>()
        for service in published where !service.category.isEmpty && content.config.categories[service.category] == nil {
            guard reported.insert(service.category).inserted else { continue }
            found.append(
                .error(
                    "the category `\(service.category)` has no description in site.yaml",
                    at: service.sourceLocation(of: "category"),
                    hint: "add `\(service.category): ...` under `categories:` in site.yaml, one sentence on what its services do")
            )
        }
        return found
    }

    static func assurance(_ service: Service, _ context: CheckContext) -> [Diagnostic] {
        guard service.needsChecking(on: context.today), let assured = service.assuredDate else { return [] }
        return [
            .warning(
                "this record was last checked on \(assured.text), over a year ago",
                at: service.sourceLocation(of: "assured_date"),
                hint: "check every detail with the service, then set `assured_date` to the date you checked")
        ]
    }

    /// A published service with a phone number gives a way to get in touch that does not need speaking: a text
    /// number, an email address, or, in its description, Relay UK (18001) or another route (999 BSL, 18000) and why.
    static func withoutSpeaking(_ service: Service) -> [Diagnostic] {
        guard service.status.isPublished, service.phone != nil, service.text == nil, service.email == nil else { return [] }
        let described = service.description?.markdown ?? ""
        let routes = ["Relay UK", "18001", "18000", "999 BSL"]
        guard !routes.contains(where: { described.localizedCaseInsensitiveContains($0) }) else { return [] }
        return [
            .warning(
                "the only way to contact this service is to speak on the phone",
                at: service.keyLocations["phone"] ?? SourceLocation(path: service.displayPath, line: 1, column: 1),
                hint:
                    "add `text:` or `email:`, or say in `description` how deaf people and people who cannot speak can get in touch (for example with Relay UK: \"Call 18001 followed by our number from the Relay UK app\"), or why they cannot"
            )
        ]
    }

    /// A guide's body rules, run on the description and placed at their line and column in the record.
    static func description(_ service: Service, _ context: CheckContext) -> [Diagnostic] {
        guard let description = service.description else { return [] }
        let page = ContentPage(
            kind: .page, sourcePath: service.sourcePath, displayPath: service.displayPath, urlPath: service.urlPath,
            frontMatter: FrontMatter(), document: description.document, bodyLineOffset: description.lineOffset)
        return descriptionRules.flatMap { $0.check(page, context) }.map { diagnostic in
            var moved = diagnostic
            if moved.location.path == service.displayPath && moved.location.column > 0 {
                moved.location.column += description.columnOffset
            }
            return moved
        }
    }

    static func palsService(_ content: SiteContent) -> [Diagnostic] {
        guard let id = content.config.palsService else { return [] }
        let published = content.publishedServices.map(\.id)
        guard !published.contains(id) else { return [] }
        return [
            .error(
                "`pals_service` names no service in the directory: `\(id)`",
                at: SourceLocation(
                    path: content.root + "/" + ContentPaths.siteConfig, line: content.config.palsServiceLine, column: 1),
                hint: Suggestion.closest(to: id, in: published).map { "did you mean `\($0)`?" }
                    ?? "write the file name (without .yaml) of PALS's record in Content/services/")
        ]
    }
}
