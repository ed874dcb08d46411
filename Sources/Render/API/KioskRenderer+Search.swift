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
        context["a_to_z_href"] = "../" + SitePaths.kioskAToZ + "index.html"
        return templates.render(context, with: "kiosk/search")
    }

    /// The rows of keys of `kiosk_keyboard`: rows separated by ` / `, keys by spaces.
    ///
    /// Split by code point, not by letter as Swift counts them: a vowel sign (Gurmukhi's `ਾ`, Bengali's `া`) is a key
    /// of its own, though after a space it would join it.
    static func keyboard(_ letters: String) -> [[String: Any]] {
        letters.unicodeScalars.split(separator: "/").map { row in
            row.split(separator: " ").map { ["key": String(String.UnicodeScalarView($0))] }
        }.filter { !$0.isEmpty }.map { ["keys": $0] }
    }
}
