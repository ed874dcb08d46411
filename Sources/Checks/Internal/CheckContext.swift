import Content

/// What the rules need to know beyond the page they check.
struct CheckContext: Sendable {
    let config: SiteConfig
    let index: ContentIndex
    let headingIDs: HeadingIDs
    let today: Day
    let options: CheckOptions
    /// Source paths of inactive services' records, which have no page to link to.
    let inactiveServices: Set<String>
    /// The guides under document control with each reference (upper case), by path.
    let references: [String: [ContentPage]]

    init(content: SiteContent, headingIDs: [String: Set<String>]? = nil, today: Day, options: CheckOptions) {
        self.options = options
        inactiveServices = Set(content.services.filter { !$0.status.isPublished }.map(\.sourcePath))
        config = content.config
        index = content.index
        self.headingIDs = headingIDs.map(HeadingIDs.init(table:)) ?? HeadingIDs(pages: content.allPages)
        self.today = today
        references = Dictionary(
            grouping: content.guides.filter { $0.frontMatter.control != nil }.sorted { $0.sourcePath < $1.sourcePath }
        ) { $0.frontMatter.control?.reference.uppercased() ?? "" }
    }
}
