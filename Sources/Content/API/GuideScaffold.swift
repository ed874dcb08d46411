import Diagnostics
import Utilities

/// `signpost new guide`: a new guide with every required setting filled in with an example, that builds as it is.
public enum GuideScaffold {
    /// What was written, and what the editor should fill in.
    public struct Created: Sendable {
        /// The file, as the editor named the content folder: `Content/guides/concerns/visiting.md`.
        public var path: String
        /// Line by line, what to change.
        public var todo: [String]
    }

    /// A name that cannot be a web address: what `new guide` and `new service` refuse.
    static func badName(_ part: String, typed: String) -> EnvironmentError {
        EnvironmentError(
            "`\(part)` cannot be part of a web address", at: typed,
            hint: "use only lower-case letters, digits and hyphens, for example `visiting-times`")
    }

    /// A file that exists already: never replaced.
    static func exists(_ path: String) -> EnvironmentError {
        EnvironmentError("this file exists already", at: path, hint: "open it to edit it, or choose another name")
    }

    /// The path under `guides/` for what the editor typed: `concerns/visiting-times`, `guides/concerns/visiting-times.md`
    /// and `Content/guides/concerns/visiting-times.md` are the same guide.
    public static func guidePath(for typed: String, contentRoot: String) throws -> String {
        var path = typed
        for prefix in [contentRoot + "/", ContentPaths.guides] where path.hasPrefix(prefix) { path.removeFirst(prefix.count) }
        if path.hasSuffix(".md") { path.removeLast(3) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts where !ContentPaths.isWebSafeName(part) { throw badName(String(part), typed: typed) }
        return ContentPaths.guides + path + ".md"
    }

    /// Writes the guide; refuses to overwrite a file.
    public static func create(_ typed: String, contentRoot: String, today: Day) throws -> Created {
        let path = try guidePath(for: typed, contentRoot: contentRoot)
        let file = contentRoot + "/" + path
        if FileSystem.exists(file) { throw exists(file) }
        let folder = Path.directory(of: path)
        let section = try siblingSection(in: contentRoot + "/" + folder)
        let name = Path.fileName(of: path).dropLast(3)
        let title = name.prefix(1).uppercased() + name.dropFirst().replacing("-", with: " ")
        let next = today.yearLater
        var lines = [
            "---",
            "title: \(title)",
            "summary: What this guide helps with, in one or two sentences.",
            "owner: Patient Advice and Liaison Service",
            "last_reviewed: \(today.iso)",
            "next_review: \(next.iso)",
            "sources:",
            "  - title: NHS website",
            "    url: https://www.nhs.uk/",
        ]
        if let section { lines.append("section: \(section)") }
        let reference = DocumentControl.nextReference(after: try references(in: contentRoot))
        lines += [
            "# Once the guide is approved, put it under document control: `reference: \(reference)` (the next free",
            "# reference), `version: 1`, `approved_by`, `approved_on` and `changes` (see the README).",
            "---",
            "",
            "Start with what the reader most needs to know. Use short sentences and everyday words.",
            "",
            "## What happens next",
            "",
            "Write the steps in order.",
            "",
            "## Who can help",
            "",
            "Say who can help and how to reach them.",
            "",
        ]
        try FileSystem.createDirectory(contentRoot + "/" + folder)
        try FileSystem.write(lines.joined(separator: "\n"), to: file)
        var todo = [
            "line 2, title: the guide's heading, as a reader would search for it",
            "line 3, summary: what the guide helps with, at most 160 characters",
            "line 4, owner: the team that keeps the guide right",
            "lines 5 and 6: the review dates (next_review is set a year from today)",
            "lines 7 to 9, sources: where the facts come from (title and https:// address of each)",
        ]
        todo.append(
            section.map { "line 10, section: \($0), like the other guides in this folder" }
                ?? "add `section:` to put the guide in a section of the home page (see `sections` in site.yaml)")
        todo.append(
            "once it is approved: reference \(reference) (the next free one), version, approved_by, approved_on and changes")
        todo.append("below the second ---: the guide itself, in Markdown, with headings starting ##")
        return Created(path: file, todo: todo)
    }

    /// The references of the guides already under document control.
    private static func references(in contentRoot: String) throws -> [String] {
        let guides = contentRoot + "/" + ContentPaths.guides
        guard FileSystem.isDirectory(guides) else { return [] }
        return try FileSystem.files(under: guides).filter { $0.hasSuffix(".md") }.compactMap { file in
            guard
                case .success(let parts) = FrontMatterSplitter.split(
                    try FileSystem.readBytes(guides + "/" + file, limit: InputLimits.fileBytes))
            else { return nil }
            return FrontMatterReader.read(parts.yaml, path: file, sink: DiagnosticSink()).control?.reference
        }
    }

    /// The section of the first guide in the folder (by name) that names one.
    ///
    /// Nil when none does or there is no such folder. A new or imported guide goes in the same section.
    public static func siblingSection(in folder: String) throws -> String? {
        guard FileSystem.isDirectory(folder) else { return nil }
        for entry in try FileSystem.entries(of: folder) where entry.kind == .file && entry.name.hasSuffix(".md") {
            guard
                case .success(let parts) = FrontMatterSplitter.split(
                    try FileSystem.readBytes(folder + "/" + entry.name, limit: InputLimits.fileBytes))
            else { continue }
            let matter = FrontMatterReader.read(parts.yaml, path: entry.name, sink: DiagnosticSink())
            if let section = matter.section { return section }
        }
        return nil
    }
}
