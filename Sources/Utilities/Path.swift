/// Paths as strings with `/` separators: content paths are relative and never leave their root.
public enum Path {
    /// The folder part: `guides/concerns` for `guides/concerns/complaint.md`; empty for a bare name.
    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last part: `complaint.md`.
    public static func fileName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// The extension in lower case, without its dot: `md`.
    public static func fileExtension(of path: String) -> String {
        let name = fileName(of: path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    /// `relative` joined to the folder `base` with `.` and `..` worked out; nil when it climbs out of the root.
    ///
    /// A byte at a time, into one buffer: every link of every page is resolved through it.
    public static func resolve(_ relative: String, from base: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(base.utf8.count + relative.utf8.count + 1)
        var (base, relative) = (base, relative)
        if relative.utf8.first != slash {
            guard base.withUTF8({ append($0, to: &out) }) else { return nil }
        }
        guard relative.withUTF8({ append($0, to: &out) }) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// How many folders deep `folder` is: its parts between slashes (`guides/concerns/` is 2).
    public static func depth(of folder: String) -> Int {
        var depth = 0
        var inPart = false
        for byte in folder.utf8 {
            if byte == slash {
                inPart = false
            } else if !inPart {
                inPart = true
                depth += 1
            }
        }
        return depth
    }

    private static let slash = UInt8(ascii: "/")

    /// Adds each part of `path` to the path in `out`: `.` and empty parts left out, `..` taking the last part off;
    /// false when `..` climbs out of the root.
    private static func append(_ path: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        let dot = UInt8(ascii: ".")
        var start = 0
        for end in 0...path.count where end == path.count || path[end] == slash {
            let part = UnsafeBufferPointer(rebasing: path[start..<end])
            start = end + 1
            if part.isEmpty || (part.count == 1 && part[0] == dot) { continue }
            if part.count == 2 && part[0] == dot && part[1] == dot {
                guard !out.isEmpty else { return false }
                out.removeSubrange((out.lastIndex(of: slash) ?? 0)..<out.count)
                continue
            }
            if !out.isEmpty { out.append(slash) }
            out.append(contentsOf: part)
        }
        return true
    }
}
