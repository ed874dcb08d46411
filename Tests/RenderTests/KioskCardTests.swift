import Markdown
import Testing

@testable import Render

/// What each kind of link becomes on the kiosk, which never leaves the site.
struct KioskCardTests {
    @Test(arguments: [
        (
            GatheredLink(
                text: "making a complaint", destination: "making-a-complaint.md", url: "../making-a-complaint/index.html"),
            KioskCard.button(text: "Making a complaint", href: "../making-a-complaint/index.html")
        ),
        (
            GatheredLink(text: "time limits", destination: "#time-limits", url: nil),
            KioskCard.button(text: "Time limits", href: "#time-limits")
        ),
        (
            GatheredLink(text: "020 7946 0000", destination: "tel:02079460000", url: nil),
            KioskCard.scan(kind: .phone, text: "020 7946 0000", shown: "020 7946 0000", encoded: "tel:+442079460000")
        ),
        (
            GatheredLink(text: "call us", destination: "tel:02079460000", url: nil),
            KioskCard.scan(kind: .phone, text: "call us", shown: "02079460000", encoded: "tel:+442079460000")
        ),
        (
            GatheredLink(text: "text us", destination: "sms:07700900000", url: nil),
            KioskCard.scan(kind: .text, text: "text us", shown: "07700900000", encoded: "sms:+447700900000")
        ),
        (
            GatheredLink(
                text: "pals@example-hospital.nhs.uk", destination: "mailto:pals@example-hospital.nhs.uk?subject=Hi", url: nil),
            KioskCard.scan(
                kind: .email, text: "pals@example-hospital.nhs.uk", shown: "pals@example-hospital.nhs.uk",
                encoded: "mailto:pals@example-hospital.nhs.uk")
        ),
        (
            GatheredLink(text: "the Ombudsman", destination: "https://www.ombudsman.org.uk/making-complaint/", url: nil),
            KioskCard.scan(
                kind: .web, text: "the Ombudsman", shown: "www.ombudsman.org.uk/making-complaint/",
                encoded: "https://www.ombudsman.org.uk/making-complaint/")
        ),
        (
            GatheredLink(text: "a missing guide", destination: "missing.md", url: nil),
            KioskCard.plain(text: "a missing guide")
        ),
        (
            GatheredLink(text: "a file", destination: "ftp://example.org/file", url: nil),
            KioskCard.plain(text: "a file")
        ),
    ])
    func cardForLink(link: GatheredLink, card: KioskCard) {
        #expect(KioskCard(link) == card)
    }

    @Test func everyCardButAButtonCarriesWhatItsCodeHolds() {
        let cards = [
            KioskCard(GatheredLink(text: "x", destination: "tel:02079460000", url: nil)),
            KioskCard(GatheredLink(text: "x", destination: "https://www.nhs.uk/", url: nil)),
        ]
        #expect(cards.compactMap(\.encoded).sorted() == ["https://www.nhs.uk/", "tel:+442079460000"])
        let strings = Strings(texts: [
            "kiosk_scan_web": "Scan it", "kiosk_scan_phone": "Call it", "qr_label_kiosk": "QR code for {address}",
        ])
        let codes = QRDrawings(strings: strings)
        for _ in 0..<2 {
            for card in cards {
                let context = card.context(qrCodes: codes, strings: strings)
                let scan = context["scan"] as? [String: Any]
                #expect((scan?["qr"] as? String)?.hasPrefix("<svg") == true)
            }
        }
        #expect(codes.count == 2)  // each drawn once, however many pages show it
        #expect(codes["https://www.nhs.uk/"] == codes.draw("https://www.nhs.uk/"))
        #expect(KioskCard.button(text: "x", href: "y").encoded == nil)
    }
}
