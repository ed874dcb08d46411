import Foundation
import Testing

@testable import Braille

/// Braille is translated a word at a time and remembered; these check that it reads exactly as if each
/// text had gone to liblouis whole.
@Suite struct TranslationPiecesTests {
    @Test(arguments: [
        ("You can ask for help", ["You", "can", "ask", "for", "help"]),
        // Numbers keep their spaces (numeric spaces), and the words beside them stay with them.
        ("Call 020 7946 0000 today", ["Call 020 7946 0000 today"]),
        // Words in capitals can make a capitals passage, so they stay together with their neighbours.
        ("ask the NHS ICB PALS team now", ["ask", "the NHS ICB PALS team", "now"]),
        ("I think so", ["I think", "so"]),
        // Runs of spaces and other white space are left to liblouis.
        ("two  spaces here", ["two  spaces", "here"]),
        ("a line\nbreak here", ["a line\nbreak here"]),
        // Typographic punctuation is fine; letters beyond ASCII are not guessed at.
        ("don\u{2019}t worry \u{2013} café open", ["don\u{2019}t", "worry", "\u{2013} café open"]),
    ])
    func cutsOnlyWhereLiblouisDoesNotLookAcross(text: String, pieces: [String]) {
        #expect(TranslationPieces.pieces(text).map(String.init) == pieces)
    }

    @Test func numbersCutApartWouldReadDifferently() throws {
        // Why numbers are never cut: the space inside a number is a numeric space in UEB.
        let whole = try #require(BrailleTranslator.translateWhole("020 7946"))
        let apart = try #require(BrailleTranslator.translate(["020", "7946"])).joined(separator: " ")
        #expect(whole != apart)
        #expect(BrailleTranslator.translate(["020 7946"]) == [whole])
    }

    @Test(arguments: [
        "The PALS team can help you. Call 020 7946 0000, text 07700 900123 or email pals@example-hospital.nhs.uk.",
        "YOU CAN ASK FOR HELP AT ANY TIME, and we will listen.",
        "It\u{2019}s \u{201C}free\u{201D} \u{2013} and there is no one there\u{2026} whatever happens.",
        "Ward 7B, 2nd floor; 9am to 5pm, Monday to Friday (not bank holidays).",
        "Re-register, co-operate, e-mail and the Ombudsman\u{2019}s 12-month limit.",
    ])
    func piecesReadAsTheWholeText(text: String) {
        #expect(BrailleTranslator.translate([text])?.first == BrailleTranslator.translateWhole(text))
    }

    @Test func everyBundledParagraphReadsAsTheWholeText() throws {
        let content = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Content").standardized
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
        var texts: [String] = []
        // Braille is made from the English pages only: translations (`name.pl.md`) have none.
        for file in files where file.hasSuffix(".md") && file.split(separator: ".").count == 2 {
            let source = try String(contentsOf: content.appending(path: file), encoding: .utf8)
            for paragraph in source.components(separatedBy: "\n\n") {
                let text = paragraph.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
                if !text.isEmpty { texts.append(text) }
            }
        }
        #expect(texts.count > 300)
        for text in texts {
            #expect(BrailleTranslator.translate([text])?.first == BrailleTranslator.translateWhole(text), "\(text)")
        }
    }
}
