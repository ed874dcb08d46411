import Content
import Utilities

/// The published services arranged for the directory's pages: by category, by first letter, and with the guides that
/// mention each one.
///
/// Worked out once a build.
public struct ServiceDirectory: Sendable {
    /// Published services, A to Z by name.
    public let services: [Service]
    /// Category names, A to Z, each with its services A to Z.
    public let categories: [(name: String, services: [Service])]
    /// Guides related to each service, by id: those its record lists and those that link to it, A to Z.
    public let relatedGuides: [String: [RelatedGuide]]

    /// A guide as a service's pages show it: its title, summary and address, and nothing else of it.
    ///
    /// The service's pages are made again only when what they show changes (`shownOfGuides(by:)`), so what they may
    /// show of a guide is only what is here.
    public struct RelatedGuide: Sendable, Hashable {
        public let title: String
        public let summary: String
        public let urlPath: String
    }

    public init(content: SiteContent) {
        services = content.publishedServices
        var byCategory: [String: [Service]] = [:]
        for service in services { byCategory[service.category, default: []].append(service) }
        categories = byCategory.keys.sorted(byKey: { $0.lowercased() }, then: { $0 }).map { ($0, byCategory[$0] ?? []) }

        let published = Set(services.map(\.sourcePath))
        let idByPath = Dictionary(services.map { ($0.sourcePath, $0.id) }, uniquingKeysWith: { first, _ in first })
        var related: [String: Set<String>] = [:]
        for service in services {
            for guide in service.guides where content.index.pages[guide] != nil { related[service.id, default: []].insert(guide) }
        }
        // Every guide's links that can lead to a record, resolved in parallel (10,000 guides have some 100,000 links).
        let index = content.index
        let linked = Parallel.map(content.guides) { guide in
            let folderMayNameRecord = Self.mayName(aRecord: guide.sourcePath)
            return guide.document.links.compactMap { link -> String? in
                guard folderMayNameRecord || Self.mayName(aRecord: link.destination),
                    case .page(let path, _) = index.target(of: link.destination, from: guide.sourcePath),
                    published.contains(path)
                else { return nil }
                return idByPath[path]
            }
        }
        for (guide, ids) in zip(content.guides, linked) {
            for id in ids { related[id, default: []].insert(guide.sourcePath) }
        }
        // Only the guides a service is related to, as its pages show them (of 10,000 guides, a few hundred), each with
        // its file for the order; the first guide of a path where two have it.
        let wanted = Set(related.values.joined())
        var shown: [String: (guide: RelatedGuide, file: String)] = [:]
        for guide in content.guides where wanted.contains(guide.sourcePath) && shown[guide.sourcePath] == nil {
            shown[guide.sourcePath] = (
                RelatedGuide(title: guide.frontMatter.title, summary: guide.frontMatter.summary, urlPath: guide.urlPath),
                guide.sourcePath
            )
        }
        relatedGuides = related.mapValues { paths in
            paths.compactMap { shown[$0] }.sorted { ($0.guide.title, $0.file) < ($1.guide.title, $1.file) }.map(\.guide)
        }
    }

    /// Whether `text` can spell part of a service record's path as a link resolves it.
    ///
    /// Every record's file ends in `.yaml` (in any case: `.YAML` is one too), and a link's path is made of its own
    /// words and its guide's folders, read after percent-escapes are decoded. Text with neither `yaml` in any case nor a
    /// `%` cannot, so such a link is not resolved.
    static func mayName(aRecord text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // ASCII letters in lower case (no other byte becomes one): `yaml` is four bytes from a `y`.
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") { return true }
                if byte | 0x20 == UInt8(ascii: "y"), index + 3 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "a"),
                    bytes[index + 2] | 0x20 == UInt8(ascii: "m"), bytes[index + 3] | 0x20 == UInt8(ascii: "l")
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// A fingerprint of all a service's pages show of the guides (`RelatedGuide`), for the build cache.
    public func shownOfGuides(by serviceID: String) -> Fingerprint {
        var shown = Fingerprinter()
        let guides = relatedGuides[serviceID] ?? []
        for guide in guides {
            shown.add(guide.title)
            shown.add(guide.summary)
            shown.add(guide.urlPath)
        }
        shown.add(guides.count)
        return shown.finish()
    }

    public var isEmpty: Bool { services.isEmpty }

    /// Services grouped by the first letter of their name (digits and symbols under `#`), A to Z.
    public var letters: [(letter: String, services: [Service])] {
        var groups: [(letter: String, services: [Service])] = []
        for service in services {
            let first = service.name.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if groups.last?.letter == first {
                groups[groups.count - 1].services.append(service)
            } else {
                groups.append((first, [service]))
            }
        }
        return groups
    }
}
