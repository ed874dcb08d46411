import Testing

@testable import Render

/// The rows of the kiosk's on-screen keyboard, from a strings file's `kiosk_keyboard`.
@Suite struct KioskKeyboardTests {
    static func keys(_ letters: String) -> [[String]] {
        KioskRenderer.keyboard(letters).map { row in
            (row["keys"] as? [[String: String]] ?? []).compactMap { $0["key"] }
        }
    }

    @Test(arguments: [
        ("q w e / a s d", [["q", "w", "e"], ["a", "s", "d"]]),
        ("q  w / / z", [["q", "w"], ["z"]]),
        ("ą ć ę ł", [["ą", "ć", "ę", "ł"]]),
        // A vowel sign after a space is a key of its own, not part of the space.
        ("ਕ ਖ / ਾ ਿ ੀ", [["ਕ", "ਖ"], ["ਾ", "ਿ", "ੀ"]]),
        ("ক / া ি ং", [["ক"], ["া", "ি", "ং"]]),
        ("", []),
    ])
    func rowsAndKeys(letters: String, rows: [[String]]) {
        #expect(Self.keys(letters) == rows)
    }

    @Test func aVowelSignIsShownOnADottedCircle() {
        let keys = KioskRenderer.keyboard("ਕ ਾ").first?["keys"] as? [[String: String]] ?? []
        #expect(keys == [["key": "ਕ", "label": "ਕ"], ["key": "ਾ", "label": "\u{25CC}ਾ"]])
    }
}
