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

    private static func decode(_ files: [(path: String, base64: String)]) -> [String: [UInt8]] {
        var decoded: [String: [UInt8]] = [:]
        for file in files {
            // The plugin wrote the text with Foundation's own encoder, so it always decodes.
            decoded[file.path] = Data(base64Encoded: file.base64).map { [UInt8]($0) } ?? []
        }
        return decoded
    }
}
