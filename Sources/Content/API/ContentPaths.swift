/// Where things live in the content folder: the names an editor sees.
public enum ContentPaths {
    public static let siteConfig = "site.yaml"
    /// The team's own additions to the wording and jargon lists of `signpost check`.
    public static let checkLists = "checks.yaml"
    public static let home = "home.md"
    public static let guides = "guides/"
    public static let pages = "pages/"
    public static let easyRead = "easy-read/"
    public static let accessibilityStatement = "pages/accessibility.md"
    /// Service records: `services/<id>.yaml`.
    public static let services = "services/"

    /// The guide an easy-read version goes with: `easy-read/a/b.md` to `guides/a/b.md`.
    public static func guidePath(forEasyRead path: String) -> String {
        guides + path.dropFirst(easyRead.count)
    }

    /// Where a guide's easy-read version would be: `guides/a/b.md` to `easy-read/a/b.md`.
    public static func easyReadPath(forGuide path: String) -> String {
        easyRead + path.dropFirst(guides.count)
    }

    /// Whether a file or folder name is lower case letters, digits and hyphens, looked at byte by byte (any other
    /// character has a byte outside those): every guide's path is asked about, a name at a time.
    public static func isWebSafeName(_ name: some StringProtocol) -> Bool {
        !name.isEmpty
            && name.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "-")
            }
    }
}
