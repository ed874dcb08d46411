import Content
import Diagnostics

/// Link text says where the link goes: screen readers list links out of their sentences.
struct LinkTextRule: PageRule {
    static let vague: Set<String> = [
        "click here", "here", "read more", "more", "link", "this link", "this page", "find out more", "more info",
        "click", "go", "page",
    ]

    /// No vague text is longer than this, so longer link text is not looked at twice.
    static let longestVague = vague.map(\.utf8.count).max() ?? 0

    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        page.document.links.compactMap { link in
            // Room for the punctuation trimmed below.
            guard link.text.utf8.count <= Self.longestVague + 8 else { return nil }
            let words = link.text.lowercased().trimmingCharacters(in: [" ", ".", ":", "!", "…"])
            guard Self.vague.contains(words) else { return nil }
            return .warning(
                "the link text \"\(link.text)\" does not say where the link goes", at: page.location(link.position),
                hint: "use the name of the page or what it does, for example [how to make a complaint](making-a-complaint.md)")
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
