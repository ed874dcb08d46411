/// A language the site's pages are written in: the default (`language:` in site.yaml) or one of `languages:`.
public struct SiteLanguage: Sendable, Hashable {
    /// The way its script runs.
    public enum Direction: String, Sendable, Hashable {
        case ltr, rtl
    }

    /// Its BCP 47 code, as written in site.yaml (`pl`, `ur`, `pt-BR`).
    public var code: String
    /// Its name in its own language and script (`Polski`, `اردو`).
    public var name: String
    public var direction: Direction
    /// The line of site.yaml it is listed on (0 for the default language).
    public var line: Int
    /// The site's title in the language (`title:`), when given.
    public var title: String?
    /// The names of the sections in the language, by their English names (`sections:`).
    public var sectionTitles: [String: String] = [:]
    /// The kiosk's own words in the language (`kiosk:`): its start page's title and introduction, its tiles' titles
    /// and the way to the PALS office, each in the order of site.yaml's `kiosk`.
    public var kiosk = KioskWords()

    /// The words of site.yaml's `kiosk` in one language; what is not given stays as site.yaml has it.
    public struct KioskWords: Sendable, Hashable {
        public var title: String?
        public var intro: String?
        public var tiles: [String] = []
        public var directions: [String] = []
        public var mapAlt: String?

        public init() {}

        /// `settings` with these words in place of the English ones.
        public func applied(to settings: KioskSettings) -> KioskSettings {
            var settings = settings
            if let title { settings.startTitle = title }
            if let intro { settings.startIntro = intro }
            for (index, title) in tiles.enumerated() where index < settings.tiles.count { settings.tiles[index].title = title }
            if !directions.isEmpty { settings.directions = directions }
            if let mapAlt { settings.map?.alt = mapAlt }
            return settings
        }
    }

    public init(code: String, name: String, direction: Direction? = nil, line: Int = 0) {
        self.code = code
        self.name = name
        self.direction = direction ?? Self.knownDirection(of: code)
        self.line = line
    }

    /// The folder its pages are published in, under the site's address: `pl/`.
    public var folder: String { code + "/" }

    /// The code's first part, lower case: `pt` for `pt-BR`.
    public var primary: String { Self.primary(of: code) }

    /// Right to left for the languages written so (Arabic, Urdu, Farsi, Hebrew, Pashto and others), else left to right.
    public static func knownDirection(of code: String) -> Direction {
        LanguageTable.entries[primary(of: code)]?.rightToLeft == true ? .rtl : .ltr
    }

    /// A name for a code in its own language, where Signpost knows one.
    public static func ownName(of code: String) -> String? {
        LanguageTable.entries[primary(of: code)]?.own
    }

    static func primary(of code: String) -> String {
        String(code.prefix { $0 != "-" }).lowercased()
    }

    /// Whether `code` has the shape of a BCP 47 language tag: 2 or 3 lower-case letters, then parts of 2 to 8
    /// letters or digits after hyphens (`pl`, `pt-BR`, `pa-Guru`).
    public static func isCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count)
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }
}
