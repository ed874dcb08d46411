import Content
import Markdown
import QRCode
import Utilities

/// What a link becomes on the kiosk, which never leaves the site: a large button to another kiosk
/// page, or, for another website, an email address or a phone number, a card with a QR code to open
/// it on one's own phone.
enum KioskCard: Sendable, Hashable {
    /// A kiosk page (or a heading on this one), by relative address.
    case button(text: String, href: String)
    /// Something to take away on one's phone: what it is, what to read on screen, and what the QR code holds.
    case scan(kind: ScanKind, text: String, shown: String, encoded: String)
    /// A link that goes nowhere on the kiosk (to a file that does not exist): its words alone.
    case plain(text: String)

    enum ScanKind: String, Sendable, CaseIterable {
        case web, email, phone, text
    }

    /// The card for a link taken out of a sentence.
    init(_ link: GatheredLink) {
        let destination = link.destination.trimmingSpaces
        let lower = destination.lowercased()
        if let url = link.url {
            self = .button(text: Self.capitalised(link.text), href: url)
        } else if destination.hasPrefix("#") {
            self = .button(text: Self.capitalised(link.text), href: destination)
        } else if lower.hasPrefix("mailto:") {
            let address = String(destination.dropFirst("mailto:".count).prefix { $0 != "?" })
            self = .scan(kind: .email, text: link.text, shown: address, encoded: "mailto:" + address)
        } else if lower.hasPrefix("tel:") {
            let number = String(destination.dropFirst("tel:".count))
            self = .scan(
                kind: .phone, text: link.text, shown: Self.phoneShown(link.text, number), encoded: PhoneNumber.telURL(number))
        } else if lower.hasPrefix("sms:") {
            let number = String(destination.dropFirst("sms:".count))
            self = .scan(
                kind: .text, text: link.text, shown: Self.phoneShown(link.text, number), encoded: PhoneNumber.smsURL(number))
        } else if lower.hasPrefix("https://") || lower.hasPrefix("http://") {
            self = .scan(kind: .web, text: link.text, shown: WebAddress.short(destination), encoded: destination)
        } else {
            self = .plain(text: link.text)
        }
    }

    /// A button's words start with a capital, as a heading would: "make a complaint" in a sentence is
    /// "Make a complaint" on its own.
    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A phone card for a number from the settings.
    static func phone(_ label: String, _ number: String) -> KioskCard {
        .scan(kind: .phone, text: label, shown: number, encoded: PhoneNumber.telURL(number))
    }

    /// The number as the editor wrote it in the link's words when they are the number, else as dialled.
    private static func phoneShown(_ text: String, _ number: String) -> String {
        PhoneNumber.digits(text) == PhoneNumber.digits(number) && !text.isEmpty ? text : number
    }

    /// What the QR code holds, for cards that have one.
    var encoded: String? {
        if case .scan(_, _, _, let encoded) = self { return encoded }
        return nil
    }

    /// The template data: exactly one of `button`, `scan` or `plain`; the other two, and every `is_` kind a scan card
    /// is not, are there as `false`.
    ///
    /// Mustache looks a missing key up in every context around the card (the block, the page), at a few microseconds
    /// each, so a card answers for all of them itself.
    func context(qrCodes: QRDrawings, strings: Strings) -> [String: Any] {
        switch self {
        case .button(let text, let href):
            return ["button": ["text": text, "href": href], "scan": false, "plain": false]
        case .plain(let text):
            return ["button": false, "scan": false, "plain": ["text": text]]
        case .scan(let kind, let text, let shown, let encoded):
            var card: [String: Any] = [
                "text": text, "shown": shown, "qr": qrCodes[encoded], "instruction": Self.instruction(kind, strings),
                "same_words": text == shown,
            ]
            for other in ScanKind.allCases { card["is_\(other.rawValue)"] = other == kind }
            return ["button": false, "scan": card, "plain": false]
        }
    }

    private static func instruction(_ kind: ScanKind, _ strings: Strings) -> String {
        switch kind {
        case .web: strings(.kioskScanWeb)
        case .email: strings(.kioskScanEmail)
        case .phone: strings(.kioskScanPhone)
        case .text: strings(.kioskScanText)
        }
    }
}

extension String {
    /// Without spaces at either end, found on the UTF-8 bytes (most destinations have none).
    fileprivate var trimmingSpaces: String {
        let bytes = utf8
        guard bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ") else { return self }
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        let end = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) ?? start
        return String(self[start...end])
    }
}
