import Content
import Diagnostics
import Render
import Utilities

/// The content folder opened with the templates of every language it lists: what a build, `signpost check` and
/// `signpost serve` start from.
public struct LocalizedContent: Sendable {
    /// The site's own templates.
    public let templates: TemplateSet
    /// The templates with the words of each of the site's other languages, in the order of `folder.config.languages`.
    public let localized: [TemplateSet]
    /// The folder, with each language's words for its translations' Markdown (`ContentFolder.languageWords`).
    public let folder: ContentFolder
    /// What is wrong with the templates and the strings files.
    public let problems: [Diagnostic]

    /// `services` are the service records a build's cache kept, and `listing` the content folder's as the build listed
    /// it for its fingerprints (`ContentFolder.open`).
    public static func open(
        _ options: BuildOptions, services: (any ServiceRecordStore)? = nil, listing: FolderListing? = nil
    ) throws -> LocalizedContent {
        let (files, listingProblems) = try TemplateFolder.open(
            options.templatesDirectory, defaults: options.defaultTemplates)
        let reading = TemplateSet.read(from: files)
        // The templates are parsed while the content, which needs only their words, is opened.
        let ((templates, templateProblems), opened) = Parallel.pair(
            { reading.parse(required: PageKind.requiredTemplates) },
            {
                Result {
                    try ContentFolder.open(
                        options.contentDirectory, calloutLabels: reading.strings.calloutLabels, services: services,
                        listing: listing)
                }
            })
        var folder = try opened.get()
        var problems = listingProblems + templateProblems
        var localized: [TemplateSet] = []
        for language in folder.config.languages {
            let (set, found) = templates.localized(to: language)
            localized.append(set)
            problems += found
            folder.languageWords[language.code] = set.strings.languageWords
        }
        return LocalizedContent(templates: templates, localized: localized, folder: folder, problems: problems)
    }
}
