/// A guide's place in the trust's leaflet library, as trusts run them under document control: its reference, its
/// version, who approved it and when, and what changed in each version (front matter `reference`, `version`,
/// `approved_by`, `approved_on`, `changes`).
public struct DocumentControl: Sendable {
    /// One version's entry in `changes`.
    public struct Change: Sendable {
        public var version: Int
        public var date: Day
        public var summary: String
        /// The fingerprint of the guide's words when this version was approved (`DocumentControl.fingerprint(of:)`),
        /// so that `signpost check` can tell when they change without a new version.
        public var fingerprint: String?

        public init(version: Int, date: Day, summary: String, fingerprint: String? = nil) {
            self.version = version
            self.date = date
            self.summary = summary
            self.fingerprint = fingerprint
        }
    }

    /// The trust's leaflet number, unique across the site: `PALS-012`.
    public var reference: String
    public var version: Int
    public var approvedBy: String
    public var approvedOn: Day
    /// Newest first; the first is this version's.
    public var changes: [Change]
    /// Where `reference` and `version` are written, for messages about them.
    public var referenceLine = 0, referenceColumn = 0, versionLine = 0, versionColumn = 0

    public init(reference: String, version: Int, approvedBy: String, approvedOn: Day, changes: [Change]) {
        self.reference = reference
        self.version = version
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
        self.changes = changes
    }

    /// The day this version was published: its entry's date.
    public var published: Day { changes.first?.date ?? approvedOn }

    /// A short fingerprint of what a reader reads of a guide: its title, summary and text, with the spaces between
    /// words counted once, so that rewrapping a paragraph changes nothing and changing a word does.
    ///
    /// 64-bit FNV-1a of the UTF-8, written as 12 hexadecimal digits: the same on every machine and every run.
    public static func fingerprint(of page: ContentPage) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var space = false
        func add(_ text: String) {
            for byte in text.utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    space = true
                    continue
                }
                if space {
                    hash = (hash ^ 0x20) &* 0x100_0000_01b3
                    space = false
                }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            space = true
        }
        add(page.frontMatter.title)
        add(page.frontMatter.summary)
        for block in page.document.blocks { add(block.text) }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12))
    }

    /// The next free reference after `references`: the highest number with the most used prefix, plus one, as wide
    /// as the widest (`PALS-012` after `PALS-011`); `PALS-001` when there are none.
    public static func nextReference(after references: [String]) -> String {
        var counts: [String: Int] = [:]
        let parsed = references.compactMap { reference -> (prefix: String, number: Int, width: Int)? in
            let digits = reference.reversed().prefix { $0.isASCII && $0.isNumber }
            // A number of more than 9 digits is no leaflet number (and could not have 1 added).
            guard !digits.isEmpty, digits.count <= 9, let number = Int(String(digits.reversed())) else { return nil }
            return (String(reference.dropLast(digits.count)), number, digits.count)
        }
        for item in parsed { counts[item.prefix, default: 0] += 1 }
        guard let prefix = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return "PALS-001" }
        let same = parsed.filter { $0.prefix == prefix }
        let width = same.map(\.width).max() ?? 3
        let next = String((same.map(\.number).max() ?? 0) + 1)
        return prefix + String(repeating: "0", count: max(0, width - next.count)) + next
    }
}
