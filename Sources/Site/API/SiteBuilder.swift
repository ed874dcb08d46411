import Checks
import Content
import Diagnostics
import Render
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// The Site stage: runs the whole pipeline, and writes the site only when the content has no errors.
public enum SiteBuilder {
    /// Builds the site. `progress` hears of each step as it starts.
    public static func build(_ options: BuildOptions, progress: (BuildStep) -> Void = { _ in }) throws -> BuildReport {
        let started = monotonicSeconds()
        try checkFolders(options)

        progress(.loadTemplates)
        let (templates, templateProblems) = try TemplateSet.load(from: options.templatesDirectory)
        progress(.loadContent)
        // The build's only use for the running text is the reading age in the health report.
        let content = try ContentLoader.load(from: options.contentDirectory, measure: ReadingAge.grade(of:), keepText: false)
        progress(.checkContent)
        var diagnostics = content.diagnostics
        diagnostics.append(contentsOf: templateProblems)
        diagnostics.append(contentsOf: ContentChecks.run(content, today: options.today))
        if options.strict { diagnostics = diagnostics.strict() }

        let sections = GuideSections.group(content)
        let directory = ServiceDirectory(content: content)
        let servicePages = directory.isEmpty ? 0 : directory.services.count + directory.categories.count + 1
        let pageCount = content.guides.count + content.pages.count + sections.count + 3 + servicePages  // home, 404, report
        var report = BuildReport(
            diagnostics: diagnostics.sorted, pageCount: pageCount, fileCount: 0, written: false, seconds: 0)
        guard !diagnostics.hasErrors else {
            report.seconds = monotonicSeconds() - started
            return report
        }

        progress(.renderPages)
        let files = SiteAssembler(
            templates: templates, content: content, sections: sections, directory: directory, today: options.today
        ).jobs()
        let copies = content.assets.map { (from: options.contentDirectory + "/" + $0.path, to: $0.path) }
            + (try templateAssets(options.templatesDirectory))
        try SiteWriter.write(files, copies: copies, to: options.outputDirectory) { progress(.writeSite) }
        report.written = true
        report.fileCount = files.count + copies.count
        report.seconds = monotonicSeconds() - started
        return report
    }

    /// The content and templates folders exist, and (when `writing`) the output folder, replaced whole, holds neither.
    static func checkFolders(_ options: BuildOptions, writing: Bool = true) throws {
        for (name, path) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)]
        where !FileSystem.isDirectory(path) {
            throw EnvironmentError("the \(name) folder `\(path)` does not exist")
        }
        guard writing else { return }
        let output = FileSystem.canonicalPath(options.outputDirectory)
        for (name, path) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let folder = FileSystem.canonicalPath(path)
            if folder == output || folder.hasPrefix(output == "/" ? "/" : output + "/") {
                throw EnvironmentError(
                    "the output folder `\(options.outputDirectory)` holds the \(name) folder, and a build replaces it whole: choose another output folder")
            }
        }
    }

    /// `Templates/assets/**` goes to `assets/` on the site.
    private static func templateAssets(_ templates: String) throws -> [(from: String, to: String)] {
        let folder = templates + "/assets"
        guard FileSystem.isDirectory(folder) else { return [] }
        return try FileSystem.files(under: folder).map { (from: folder + "/" + $0, to: "assets/" + $0) }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
