import Checks
import Content
import Diagnostics
import Render

/// `signpost check`: everything a build checks, plus the content-quality rules, without writing anything.
public enum SiteChecker {
    /// The diagnostics, sorted; `external` also asks every web address whether it is still there.
    public static func check(
        _ options: BuildOptions, external: ExternalLinkChecker? = nil, progress: (BuildStep) -> Void = { _ in }
    ) throws -> [Diagnostic] {
        try SiteBuilder.checkFolders(options, writing: false)
        progress(.loadTemplates)
        let (_, templateProblems) = try TemplateSet.load(from: options.templatesDirectory, required: PageKind.requiredTemplates)
        progress(.loadContent)
        let content = try ContentLoader.load(from: options.contentDirectory)
        progress(.checkContent)
        var diagnostics = content.diagnostics
        diagnostics.append(contentsOf: templateProblems)
        diagnostics.append(contentsOf: ContentChecks.run(content, today: options.today, options: .check))
        if let external { diagnostics.append(contentsOf: external.check(content)) }
        if options.strict { diagnostics = diagnostics.strict() }
        return diagnostics.sorted
    }
}
