/// Paths as strings with `/` separators: content paths are relative and never leave their root.
public enum Path {
    /// The folder part: `guides/concerns` for `guides/concerns/complaint.md`; empty for a bare name.
    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
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
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(base.utf8.count + relative.utf8.count + 1)
        let start = relative.utf8.first == slash ? [] : base.utf8.split(separator: slash)
        for part in start + relative.utf8.split(separator: slash) {
            if part.count == 1 && part.first == dot { continue }
            if part.count == 2 && part.first == dot && part.last == dot {
                guard !out.isEmpty else { return nil }
                out.removeSubrange((out.lastIndex(of: slash) ?? 0)..<out.count)
                continue
            }
            if !out.isEmpty { out.append(slash) }
            out.append(contentsOf: part)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
