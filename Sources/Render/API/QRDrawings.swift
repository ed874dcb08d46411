import QRCode
import Utilities

/// The kiosk's QR codes as SVG, each drawn once a build, when a page first needs it, on whatever thread asks.
///
/// Shared by every page rendered in a build: the same phone number or web address on a hundred pages is
/// encoded once. A drawing depends only on its text, so the order pages ask in does not change the site.
public final class QRDrawings: @unchecked Sendable {
    private let lock = Lock()
    private var drawings: [String: String] = [:]
    /// The words of each code's label (`qr_label_kiosk`).
    let strings: Strings

    public init(strings: Strings) {
        self.strings = strings
    }

    /// How many codes are kept.
    var count: Int { lock.withLock { drawings.count } }

    /// The QR code of `text` as SVG, or an empty string if it is too long to encode; kept for the next page
    /// that shows it (phone numbers, email addresses and websites recur).
    public subscript(text: String) -> String {
        if let drawn = lock.withLock({ drawings[text] }) { return drawn }
        let drawn = draw(text)
        lock.withLock { drawings[text] = drawn }
        return drawn
    }

    /// The QR code of a text only one page shows (the page's own address), drawn and not kept: at 10,000 guides,
    /// keeping those held 100 MB.
    public func draw(_ text: String) -> String {
        draw(QRCode(text), text)
    }

    /// The kiosk's drawing of a code already encoded.
    func draw(_ code: QRCode?, _ text: String) -> String {
        code?.svg(label: strings(.qrLabelKiosk, ["address": text]), pixelsPerModule: 6) ?? ""
    }
}

/// The QR codes of one guide's own addresses, encoded once for all the files made from it: its leaflet and its kiosk
/// page both hand on the guide's address.
///
/// Made for one guide and let go with it.
public final class GuideQRCodes: @unchecked Sendable {
    private let lock = Lock()
    private var codes: [String: QRCode?] = [:]

    public init() {}

    /// The code of `text`, encoded on first need; nil when it is too long to encode.
    func code(_ text: String) -> QRCode? {
        if let known = lock.withLock({ codes[text] }) { return known }
        let code = QRCode(text)
        lock.withLock { codes[text] = code }
        return code
    }
}
