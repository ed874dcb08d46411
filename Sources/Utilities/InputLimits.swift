/// The limits on what a build reads: far beyond any real guide, service record or site, and low enough that no input,
/// however large or deep, can exhaust memory or the stack, or keep a build going for minutes.
///
/// README.md ("Limits") lists them for editors.
public enum InputLimits {
    /// The largest Markdown or YAML file read: about 150,000 words.
    ///
    /// The longest bundled guide is 8 KB.
    public static let fileBytes = 1_000_000
    /// Block quotes and lists inside each other (a list inside a list counts one a level).
    public static let markdownBlockDepth = 16
    /// Emphasis, links and pictures inside each other.
    public static let markdownInlineDepth = 16
    /// Lists and mappings inside each other in YAML (front matter, a service record, `site.yaml`).
    public static let yamlDepth = 24
    /// Folders inside each other under `Content/` or `Templates/`.
    public static let folderDepth = 32
}
