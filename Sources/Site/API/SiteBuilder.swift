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
        for (name, path) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)]
        where !FileSystem.isDirectory(path) {
            throw EnvironmentError("the \(name) folder `\(path)` does not exist")
        }
        let output = FileSystem.canonicalPath(options.outputDirectory)
        for (name, path) in [("content", options.contentDirectory), ("templates", options.templatesDirectory)] {
            let folder = FileSystem.canonicalPath(path)
            if folder == output || folder.hasPrefix(output == "/" ? "/" : output + "/") {
                throw EnvironmentError(
                    "the output folder `\(options.outputDirectory)` holds the \(name) folder, and a build replaces it whole: choose another output folder")
            }
        }

        progress(.loadTemplates)
        let (templates, templateProblems) = try TemplateSet.load(from: options.templatesDirectory)
        progress(.loadContent)
        let content = try ContentLoader.load(from: options.contentDirectory)
        progress(.checkContent)
        var diagnostics = content.diagnostics
        diagnostics.append(contentsOf: templateProblems)
        diagnostics.append(contentsOf: ContentChecks.run(content, today: options.today))
        if options.strict { diagnostics = diagnostics.strict() }

        let sections = GuideSections.group(content)
        let directory = ServiceDirectory(content: content)
        let servicePages = directory.isEmpty ? 0 : directory.services.count + directory.categories.count + 1
        let webPages = content.guides.count + content.pages.count + sections.count + 2 + servicePages
        let kioskPages = content.guides.count + content.pages.count + sections.count + 4 + servicePages
        let pageCount = (options.only == .kiosk ? 0 : webPages) + (options.only == .web ? 0 : kioskPages)
        var report = BuildReport(
            diagnostics: diagnostics.sorted, pageCount: pageCount, fileCount: 0, written: false, seconds: 0)
        guard !diagnostics.hasErrors else {
            report.seconds = monotonicSeconds() - started
            return report
        }

        progress(.renderPages)
        var files: [FileJob] = []
        var copies: [(from: String, to: String)] = []
        let contentCopies = content.assets.map { (from: options.contentDirectory + "/" + $0.path, to: $0.path) }
        if options.only == nil || options.only == .web {
            files = SiteAssembler(templates: templates, content: content, sections: sections, directory: directory).jobs()
            copies = contentCopies + (try templateAssets(options.templatesDirectory, folder: "assets"))
        }
        if options.only == nil || options.only == .kiosk {
            // The kiosk is written whole into its own folder: alone, that folder is the output.
            let folder = options.only == .kiosk ? "" : SiteOutput.kiosk.folder
            let kiosk = KioskAssembler(templates: templates, content: content, sections: sections, directory: directory).jobs()
            files += kiosk.map { job in FileJob(path: folder + job.path, make: job.make) }
            copies += (contentCopies + (try templateAssets(options.templatesDirectory, folder: KioskAssembler.assetsFolder)))
                .map { (from: $0.from, to: folder + $0.to) }
        }
        let destination = options.outputDirectory + (options.only.map { "/" + $0.folder } ?? "")
        try SiteWriter.write(files, copies: copies, to: destination) { progress(.writeSite) }
        report.written = true
        report.fileCount = files.count + copies.count
        report.seconds = monotonicSeconds() - started
        return report
    }

    /// `Templates/<folder>/**` (`assets`, `kiosk/assets`) goes to `assets/` on the site or in the kiosk.
    private static func templateAssets(_ templates: String, folder: String) throws -> [(from: String, to: String)] {
        let folder = templates + "/" + folder
        guard FileSystem.isDirectory(folder) else { return [] }
        return try FileSystem.files(under: folder).map { (from: folder + "/" + $0, to: "assets/" + $0) }
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
