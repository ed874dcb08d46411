import Diagnostics
import Utilities

/// `signpost new service`: a new record for the directory with every required key filled in with an example, today's
/// `assured_date`, and the other keys written out as comments to fill in.
///
/// It builds as it is.
public enum ServiceScaffold {
    /// The category a new record gets when the directory has none like it.
    static let defaultCategory = "Help and advice"

    /// Writes `services/<id>.yaml`; refuses to overwrite a file or to take an id that cannot be a web address.
    public static func create(_ id: String, contentRoot: String, today: Day) throws -> GuideScaffold.Created {
        var id = id
        if id.hasSuffix(".yaml") { id.removeLast(5) }
        if let slash = id.lastIndex(of: "/") { id = String(id[id.index(after: slash)...]) }
        guard ContentPaths.isWebSafeName(id), !SitePaths.reservedServiceIDs.contains(id) else {
            throw GuideScaffold.badName(id, typed: id)
        }
        let folder = contentRoot + "/" + ContentPaths.services
        let file = folder + id + ".yaml"
        if FileSystem.exists(file) { throw GuideScaffold.exists(file) }
        let categories = try existingCategories(in: folder)
        let category = categories.contains(defaultCategory) ? defaultCategory : categories.first ?? defaultCategory
        let name = id.prefix(1).uppercased() + id.dropFirst().replacing("-", with: " ")
        let lines = [
            "name: \(name)",
            "summary: What the service does, in one sentence.",
            "category: \(category)",
            "description: |",
            "  Who the service is for, and what it can do for them.",
            "# location:",
            "#   site: Main",
            "#   building: Main Building",
            "#   floor: Ground floor",
            "#   directions: From the main entrance, follow the signs to ...",
            "# phone: 020 7946 0000",
            "# email: name@example-hospital.nhs.uk",
            "# hours:",
            "#   - days: mon-fri",
            "#     opens: \"09:00\"",
            "#     closes: \"17:00\"",
            "# hours_note: Closed on bank holidays.",
            "# accessibility:",
            "#   - Step-free access",
            "# languages: [pl, ur]",
            "# guides:",
            "#   - concerns/making-a-complaint",
            "assured_date: \(today.iso)",
            "",
        ]
        try FileSystem.createDirectory(folder)
        try FileSystem.write(lines.joined(separator: "\n"), to: file)
        var todo = [
            "line 1, name: the service's name, as people know it",
            "line 2, summary: what it does, in one sentence",
            "line 3, category: the type of service it is listed under"
                + (categories.isEmpty ? "" : " (the directory has: \(categories.joined(separator: ", ")))"),
            "lines 4 and 5, description: more about the service, in Markdown, indented by two spaces",
            "lines 6 to 22: remove the # from the lines you need (where it is, phone, email, opening hours, access, languages, guides) and fill them in",
            "line 23, assured_date: the day you checked the record with the service (today)",
        ]
        todo.append("the service's page will be at /\(SitePaths.servicePath(id))")
        return GuideScaffold.Created(path: file, todo: todo)
    }

    /// The categories of the records already in the directory, sorted.
    private static func existingCategories(in folder: String) throws -> [String] {
        guard FileSystem.isDirectory(folder) else { return [] }
        var categories = Set<String>()
        for entry in try FileSystem.entries(of: folder) where entry.kind == .file && entry.name.hasSuffix(".yaml") {
            let path = folder + entry.name
            let (service, _) = ContentLoader.readServiceRecord(
                try FileSystem.readText(path, limit: InputLimits.fileBytes), path: ContentPaths.services + entry.name,
                display: path)
            if !service.category.isEmpty { categories.insert(service.category) }
        }
        return categories.sorted()
    }
}
