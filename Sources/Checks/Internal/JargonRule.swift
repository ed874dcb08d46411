import Content
import Diagnostics

/// Hospital words need plain words in brackets the first time a page uses them, either way round:
/// "a cannula (a thin tube put into a vein)" or "a thin tube (cannula)".
struct JargonRule: TextRule {
    let entries: [JargonEntry]

    static let defaults: [JargonEntry] = [
        JargonEntry(word: "cannula", plain: "a thin tube put into a vein"),
        JargonEntry(word: "catheter", plain: "a thin tube that drains urine from the bladder"),
        JargonEntry(word: "NOK", plain: "next of kin"),
        JargonEntry(word: "TTO", plain: "medicines to take home"),
        JargonEntry(word: "TTA", plain: "medicines to take home"),
        JargonEntry(word: "DNACPR", plain: "a decision not to try to restart the heart if it stops"),
        JargonEntry(word: "NBM", plain: "nothing to eat or drink"),
        JargonEntry(word: "nil by mouth", plain: "nothing to eat or drink"),
        JargonEntry(word: "MDT", plain: "the team of doctors, nurses and other staff caring for you"),
        JargonEntry(word: "PRN", plain: "medicine taken only when needed"),
        JargonEntry(word: "obs", plain: "checks of your temperature, pulse and blood pressure"),
        JargonEntry(word: "triage", plain: "deciding who needs care first"),
    ]

    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        let blocks = text.blocks.map(\.block).filter { $0.kind != .heading }
        return entries.compactMap { entry in
            let finder = PhraseFinder(entry.word)
            for block in blocks {
                guard let offset = finder.offsets(in: block.text).first else { continue }
                if Self.isExplained(at: offset, length: entry.word.count, in: Array(block.text)) { return nil }
                return .warning(
                    "\"\(entry.word)\" is hospital jargon: explain it the first time the page uses it",
                    at: page.location(PhraseFinder.position(ofOffset: offset, in: block)),
                    hint:
                        "write the plain words with it in brackets, for example \"\(entry.word) (\(entry.plain))\", or use only the plain words"
                )
            }
            return nil
        }
    }

    /// Followed by words in brackets, or itself in brackets after the plain words.
    static func isExplained(at offset: Int, length: Int, in characters: [Character]) -> Bool {
        let after = characters[(offset + length)...].drop { $0 == " " || $0 == "\n" }
        if after.first == "(" { return true }
        let before = characters[..<offset].reversed().drop { $0 == " " || $0 == "\n" }
        return before.first == "("
    }
}
