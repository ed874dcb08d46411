/// The media type of a site file, by its extension: one list for the preview and for the server `signpost print`
/// reads the site through.
public enum MediaType {
    public static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        return types[ext] ?? "application/octet-stream"
    }

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "ico": "image/x-icon", "pdf": "application/pdf", "xml": "application/xml",
        "txt": "text/plain; charset=utf-8", "json": "application/json", "woff2": "font/woff2", "brf": "text/plain; charset=utf-8",
    ]
}
