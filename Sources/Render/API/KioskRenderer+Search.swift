import Content

extension KioskRenderer {
    /// The search screen: a box typed into with an on-screen keyboard of the language's letters (`kiosk_keyboard`),
    /// and the results `assets/search.js` finds in the index of the screen's language, as large buttons.
    public func renderSearch() -> String {
        var context = common.page(title: strings(.kioskSearch), folder: SitePaths.searchPath, back: "index.html")
        // The top of the English kiosk's folder, where every language's index is.
        let root = common.assetRoot(from: SitePaths.searchPath)
        context["search_root"] = root
        context["search_index"] = root + SitePaths.searchIndexFolder(content.config.pageLanguage)
        context["keyboard"] = Self.keyboard(strings(.kioskKeyboard))
        context["a_to_z_href"] = SitePaths.relativePath(from: SitePaths.searchPath, to: SitePaths.kioskAToZ) + "index.html"
        return templates.render(context, with: "kiosk/search")
    }

    /// The rows of keys of `kiosk_keyboard`: rows separated by ` / `, keys by spaces; each key `{key, label}`.
    ///
    /// Split by code point, not by letter as Swift counts them: a vowel sign (Gurmukhi's `ਾ`, Bengali's `া`) is a key
    /// of its own, though after a space it would join it. Its label is shown on a dotted circle (◌ਾ), as keyboards
    /// and alphabet charts show a sign with no letter.
    static func keyboard(_ letters: String) -> [[String: Any]] {
        letters.unicodeScalars.split(separator: "/").map { row in
            row.split(separator: " ").map { scalars -> [String: String] in
                let key = String(String.UnicodeScalarView(scalars))
                let isSign = scalars.first.map { isMark($0) } ?? false
                return ["key": key, "label": isSign ? "\u{25CC}" + key : key]
            }
        }.filter { !$0.isEmpty }.map { ["keys": $0] }
    }

    /// A combining mark: a vowel sign or other mark written on a letter.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
