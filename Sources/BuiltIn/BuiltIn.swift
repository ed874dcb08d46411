import Foundation

/// What the `signpost` binary carries with it, so that a site folder needs only `Content/`.
///
/// The EmbedFiles plugin copies the package's `Templates/` and `Starter/` folders into this module when it is built.
public enum BuiltIn {
    /// Signpost's own templates, styles, scripts and strings files, by path inside the templates folder:
    /// `layout/header.mustache`, `assets/signpost.css`.
    public static let templates: [String: [UInt8]] = decode(templateFiles)

    /// The starter site `signpost new site` writes, by path inside `Starter/`: `Content/site.yaml`,
    /// `Content/guides/pals/what-pals-does.md`, `TODO.txt`.
    public static let starter: [String: [UInt8]] = decode(starterFiles)

    private static func decode(_ files: [(path: String, file: EmbeddedFile)]) -> [String: [UInt8]] {
        var decoded: [String: [UInt8]] = [:]
        for (path, file) in files {
            switch file {
            case .text(let text): decoded[path] = Array(text.utf8)
            // The plugin wrote the bytes with Foundation's own encoder, so they always decode.
            case .base64(let base64): decoded[path] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
            }
        }
        return decoded
    }
}
