/// Paths as strings with `/` separators: content paths are relative and never leave their root.
public enum Path {
    /// The folder part: `guides/concerns` for `guides/concerns/complaint.md`; empty for a bare name.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part: `complaint.md`.
    public static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The extension in lower case, without its dot: `md`.
    public static func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// `relative` joined to the folder `base` with `.` and `..` worked out; nil when it climbs out of the root.
    public static func resolve(_ relative: String, from base: String) -> String? {
        var parts: [Substring] = relative.hasPrefix("/") || base.isEmpty ? [] : base.split(separator: "/")
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
