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
        try checkWithSummary(options, external: external, progress: progress).diagnostics
    }

    /// What `check` finds, and how many translations it did not check for reading age and wording (English only).
    public static func checkWithSummary(
        _ options: BuildOptions, external: ExternalLinkChecker? = nil, progress: (BuildStep) -> Void = { _ in }
    ) throws -> (diagnostics: [Diagnostic], translations: Int) {
        try SiteBuilder.checkFolders(options, writing: false)
        progress(.loadTemplates)
        let opened = try LocalizedContent.open(options)
        progress(.loadContent)
        let content = opened.folder.loadPages(forKiosk: false)  // no kiosk is made
        progress(.checkContent)
        var diagnostics = content.diagnostics
        diagnostics.append(contentsOf: opened.problems)
        diagnostics.append(contentsOf: ContentChecks.run(content, today: options.today, options: .check))
        if let external { diagnostics.append(contentsOf: try external.check(content)) }
        if options.strict { diagnostics = diagnostics.strict() }
        return (diagnostics.sorted, content.translations.count)
    }
}
