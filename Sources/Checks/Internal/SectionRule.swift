import Content
import Diagnostics

/// When site.yaml lists the sections, a guide's section is one of them (a typo would make a new one).
struct SectionRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .guide, let section = page.frontMatter.section, !context.config.sections.isEmpty,
            !context.config.sections.contains(section)
        else { return [] }
        return [
            .warning(
                "the section \"\(section)\" is not listed in site.yaml", at: page.fileLocation,
                hint: Suggestion.closest(to: section, in: context.config.sections).map { "did you mean \"\($0)\"?" }
                    ?? "add it to `sections:` in site.yaml, or use one of the sections listed there")
        ]
    }
}
