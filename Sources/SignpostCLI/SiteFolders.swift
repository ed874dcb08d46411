import ArgumentParser
import BuiltIn
import Content
import Diagnostics
import Site
import Utilities

/// `--content` and `--templates`, shared by the commands that read a site.
///
/// The templates are Signpost's own, carried by the binary. A `Templates/` folder beside the content folder (or the
/// folder `--templates` names) is laid over them file by file.
struct SiteFolders: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of guides and site.yaml.", valueName: "dir"))
    var content = "Content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A folder of templates, CSS and scripts laid over Signpost's own, file by file (default: Templates beside the content folder, when there is one).",
            valueName: "dir"))
    var templates: String?

    /// What to build from; throws when `--templates` names a folder that does not exist.
    func options(output: String, strict: Bool = false, today: Day, only: Set<SiteOutput> = []) throws -> BuildOptions {
        try Self.options(content: content, templates: templates, output: output, strict: strict, today: today, only: only)
    }

    /// The templates folder `templates` names, or `Templates` beside `content` (which need not exist).
    static func templatesFolder(_ templates: String?, content: String) -> String {
        if let templates { return templates }
        var content = content
        while content.count > 1 && content.hasSuffix("/") { content.removeLast() }
        let parent = Path.directory(of: content)
        return parent.isEmpty ? "Templates" : parent == "/" ? "/Templates" : parent + "/Templates"
    }

    /// What to build from the folders `--content` and `--templates` name (`BuildRequest` has them without this type);
    /// throws when `templates` names a folder that does not exist.
    static func options(
        content: String, templates: String?, output: String, strict: Bool, today: Day, only: Set<SiteOutput>
    ) throws -> BuildOptions {
        if let templates, !FileSystem.isDirectory(templates) {
            throw EnvironmentError(
                "the templates folder `\(templates)` does not exist", at: templates,
                hint: "name a folder that exists, or leave out --templates to use Signpost's own templates")
        }
        return BuildOptions(
            contentDirectory: content, templatesDirectory: templatesFolder(templates, content: content),
            outputDirectory: output, strict: strict, today: today, only: only, defaultTemplates: BuiltIn.templates)
    }
}
