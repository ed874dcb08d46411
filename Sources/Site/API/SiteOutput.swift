import Content

/// The outputs a build can make; `signpost build --only NAME` (one or more) makes those alone, and keeps the rest of
/// the output folder as it was.
public enum SiteOutput: String, Sendable, CaseIterable {
    /// The website's pages, with its search index, sitemap, services and styles: everything but the formats and the kiosk.
    case web
    /// Each guide's other formats: large print, leaflets, braille and easy read, in every language.
    case formats
    /// The foyer kiosk, in `kiosk/` under the output folder.
    case kiosk

    /// The folder an output is written to, under the output folder; empty for the whole folder.
    var folder: String {
        switch self {
        case .web, .formats: ""
        case .kiosk: "kiosk/"
        }
    }

    /// Which output made a file of a built site, by its path under the output folder; nil for the files the website
    /// and the formats share (the styles and scripts of `assets/`, the content's pictures), which either writes.
    ///
    /// `languages` are the folders of the site's other languages (`pl/`): their files are sorted as the site's own.
    public static func owner(of path: String, languages: Set<String>) -> SiteOutput? {
        if path.hasPrefix(kiosk.folder) { return .kiosk }
        var path = path[...]
        if let slash = path.firstIndex(of: "/"), languages.contains(String(path[...slash])) {
            path = path[path.index(after: slash)...]
        }
        if SitePaths.formatFolders.contains(where: { path.hasPrefix($0) }) || path == PageKind.leafletPageNumbers.path(for: .site)
        {
            return .formats
        }
        if path.hasPrefix("assets/") || path.hasPrefix("images/") { return nil }
        return .web
    }
}
