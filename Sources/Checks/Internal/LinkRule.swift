import Content
import Diagnostics
import Utilities

/// Links to guides and headings lead somewhere that exists, and nothing runs script.
struct LinkRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var ownIDs: Set<String>?  // looked up at the first link to a heading of this page
        for link in page.document.links {
            let location = page.location(link.position)
            if link.isUnsafe {
                found.append(
                    .error(
                        "links that run code are not allowed: `\(link.destination.prefix(40))`", at: location,
                        hint: "link to a web page (https://...), an email address (mailto:) or a phone number (tel:)"))
                continue
            }
            switch context.index.target(of: link.destination, from: page.sourcePath) {
            case .external:
                if link.destination.lowercased().hasPrefix("http://") {
                    found.append(
                        .warning(
                            "this link is not secure: `\(link.destination)`", at: location,
                            hint: "use the https:// address if the website has one"))
                }
            case .sameDocument(let fragment):
                guard !fragment.isEmpty else { break }
                let ids = ownIDs ?? context.headingIDs[page.sourcePath] ?? []
                ownIDs = ids
                if !ids.contains(fragment) {
                    found.append(missingHeading(fragment, in: "this page", ids: ids, at: location))
                }
            case .page(let path, let fragment):
                if let fragment, !fragment.isEmpty, let ids = context.headingIDs[path] {
                    if !ids.contains(fragment) {
                        found.append(missingHeading(fragment, in: "Content/\(path)", ids: ids, at: location))
                    }
                }
            case .asset:
                break
            case .missing(let path) where context.inactiveServices.contains(path):
                found.append(
                    .error(
                        "this link leads to an inactive service, which has no page: `\(link.destination)`", at: location,
                        hint: "remove the link, or set the service's `status` to active if it is running again"))
            case .missing(let path):
                let pages = context.index.pages.keys.sorted()
                let guess = Suggestion.closest(to: path, in: pages).map {
                    "did you mean `\(relative($0, from: page.sourcePath))`?"
                }
                found.append(
                    .error(
                        "link to a file that does not exist: `\(link.destination)`", at: location,
                        hint: guess
                            ?? "link to another guide by the path of its .md file, relative to this one, for example ../access/interpreting-and-translation.md"
                    ))
            case .outside:
                found.append(
                    .error(
                        "this link leads outside the content folder: `\(link.destination)`", at: location,
                        hint: "link to guides by their path inside Content/"))
            }
        }
        return found
    }

    private func missingHeading(_ fragment: String, in page: String, ids: Set<String>, at location: SourceLocation) -> Diagnostic
    {
        let hint =
            Suggestion.closest(to: fragment, in: ids.sorted()).map { "did you mean `#\($0)`?" }
            ?? "link to a heading with its words in lower case, spaces as hyphens, punctuation left out"
        return .error("`#\(fragment)` is not a heading in \(page)", at: location, hint: hint)
    }

    /// `path` written relative to the folder of `source`, as an editor would link to it.
    private func relative(_ path: String, from source: String) -> String {
        let from = Path.directory(of: source).split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count && common < to.count - 1 && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
