import QRCode
import Utilities

/// The kiosk's QR codes as SVG, each drawn once a build, when a page first needs it, on whatever thread asks.
///
/// Shared by every page rendered in a build: the same phone number or web address on a hundred pages is
/// encoded once. A drawing depends only on its text, so the order pages ask in does not change the site.
public final class QRDrawings: @unchecked Sendable {
    private let lock = Lock()
    private var drawings: [String: String] = [:]

    public init() {}

    /// The QR code of `text` as SVG, or an empty string if it is too long to encode; kept for the next page
    /// that shows it (phone numbers, email addresses and websites recur).
    public subscript(text: String) -> String {
        if let drawn = lock.withLock({ drawings[text] }) { return drawn }
        let drawn = Self.draw(text)
        lock.withLock { drawings[text] = drawn }
        return drawn
    }

    /// The QR code of a text only one page shows (the page's own address), drawn and not kept: at 10,000 guides,
    /// keeping those held 100 MB.
    public static func draw(_ text: String) -> String {
        QRCode(text)?.svg(label: "QR code for " + text, pixelsPerModule: 6) ?? ""
    }
}
