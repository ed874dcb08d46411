/// How a web address is shown for people to read or type: on leaflets, in braille, and beside the kiosk's QR codes.
enum WebAddress {
    /// The address without its `https://` (or `http://`), exactly as it is otherwise, so what is typed still works:
    /// `www.` and a closing `/` stay.
    static func short(_ url: String) -> String {
        guard let range = url.range(of: "://") else { return url }
        return String(url[range.upperBound...])
    }
}
