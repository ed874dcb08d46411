import Content
import Diagnostics
import Site
import Utilities

/// `signpost new site`: a complete starter site for a trust, with its name and PALS's contacts filled in, that
/// builds with no errors and no warnings as it is.
public enum SiteStarter {
    /// What was made, and what the trust fills in next.
    public struct Created: Sendable {
        /// The new content folder: `northshire/Content`.
        public var content: String
        /// How many files were written.
        public var fileCount: Int
        /// Line by line, what to change.
        public var todo: [String]
    }

    /// Writes the starter site's `Content/` into `folder`, which must be empty or not exist.
    ///
    /// `files` are the starter's files by path (`BuiltIn.starter`): `Content/...`, and `TODO.txt`, the lines printed
    /// after. `templates` are the templates the site will build with (`BuiltIn.templates`): each guide's fingerprint
    /// is made from the guide as a build reads it. When anything fails, what was written is removed.
    public static func create(
        in folder: String, details: SiteDetails, files: [String: [UInt8]], templates: [String: [UInt8]]
    ) throws -> Created {
        if FileSystem.isDirectory(folder), try !FileSystem.entries(of: folder).isEmpty {
            throw EnvironmentError(
                "this folder is not empty, and a new site is only made in an empty folder", at: folder,
                hint: "name a folder that does not exist yet, such as `pals-site`, and signpost will make it")
        }
        if FileSystem.exists(folder) && !FileSystem.isDirectory(folder) {
            throw EnvironmentError(
                "this is a file, not a folder", at: folder, hint: "name a folder that does not exist yet, such as `pals-site`")
        }
        let existed = try FileSystem.createDirectory(folder)
        let content = folder + "/Content"
        do {
            var texts: [String: String] = [:]
            var written = 0
            for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path.hasPrefix("Content/") {
                let target = folder + "/" + path
                try FileSystem.createDirectory(Path.directory(of: target))
                guard path.hasSuffix(".md") || path.hasSuffix(".yaml") else {
                    try FileSystem.write(bytes, to: target)
                    written += 1
                    continue
                }
                let text = StarterText.fill(String(decoding: bytes, as: UTF8.self), path: path, details: details)
                texts[target] = text
                // Without its fingerprint line until the guide has been read.
                try FileSystem.write(withoutFingerprint(text), to: target)
                written += 1
            }
            try fillFingerprints(texts, content: content, templates: templates, details: details)
            let todo = String(decoding: files["TODO.txt"] ?? [], as: UTF8.self).split(separator: "\n").map {
                String($0).replacing("Content/", with: content + "/")
            }
            return Created(content: content, fileCount: written, todo: todo)
        } catch {
            try? FileSystem.remove(existed ? content : folder)
            throw error
        }
    }

    private static func withoutFingerprint(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(StarterText.fingerprint) }
            .joined(separator: "\n")
    }

    /// Reads the new site as a build would, and writes each guide's fingerprint into the line left for it.
    private static func fillFingerprints(
        _ texts: [String: String], content: String, templates: [String: [UInt8]], details: SiteDetails
    ) throws {
        let options = BuildOptions(
            contentDirectory: content, templatesDirectory: content + "/../Templates", outputDirectory: "",
            today: details.today, defaultTemplates: templates)
        let site = try LocalizedContent.open(options).folder.loadPages()
        for guide in site.guides {
            let target = content + "/" + guide.file
            guard let text = texts[target], text.contains(StarterText.fingerprint) else { continue }
            try FileSystem.write(
                text.replacing(StarterText.fingerprint, with: DocumentControl.fingerprint(of: guide)), to: target)
        }
    }
}
