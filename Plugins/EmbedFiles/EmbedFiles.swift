import Foundation
import PackagePlugin

/// Puts the package's `Templates/` and `Starter/` folders inside the module it is applied to (`BuiltIn`), so the
/// `signpost` binary carries its default templates and the starter site of `signpost new site` wherever it is installed.
///
/// Every file of both folders is an input: an edit, a new file or a removed one makes the module again.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folders carried, each with the name of the list it becomes in `BuiltIn`.
    static let folders = [(name: "templateFiles", folder: "Templates"), (name: "starterFiles", folder: "Starter")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var arguments = [output.path(percentEncoded: false)]
        var inputs: [URL] = []
        for (name, folder) in Self.folders {
            let root = context.package.directoryURL.appending(path: folder)
            arguments.append(name + "=" + root.path(percentEncoded: false))
            inputs += Self.files(under: root)
        }
        return [
            .buildCommand(
                displayName: "Embedding Templates/ and Starter/ in \(target.name)",
                executable: try context.tool(named: "EmbedTool").url, arguments: arguments, inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    /// Every file under `root` (none when it does not exist), hidden ones left out.
    static func files(under root: URL) -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }
}
