import Content
import Diagnostics
import Markdown

/// Easy read: an abbreviation in capitals (`PALS`, `BSL`) is explained where it is first used,
/// as `Patient Advice and Liaison Service (PALS)`, `PALS (Patient Advice ...)` or `PALS means ...`.
struct AbbreviationRule: PageRule {
    func check(_ page: ContentPage, _ context: CheckContext) -> [Diagnostic] {
        guard page.kind == .easyRead else { return [] }
        var explained = Set<String>()
        var firstUse: [(String, Position)] = []
        var seen = Set<String>()
        for block in page.document.blocks where block.kind != .preformatted {
            for (offset, line) in block.lines.enumerated() {
                let words = line.split(separator: " ")
                for (index, word) in words.enumerated() {
                    guard let abbreviation = Self.abbreviation(word) else { continue }
                    let next = index + 1 < words.count ? words[index + 1] : ""
                    if word.hasPrefix("(") || next.hasPrefix("(") || next == "means" || next == "stands" {
                        explained.insert(abbreviation)
                    }
                    if seen.insert(abbreviation).inserted {
                        firstUse.append((abbreviation, Position(line: block.position.line + offset, column: 1)))
                    }
                }
            }
        }
        return firstUse.filter { !explained.contains($0.0) }.map { abbreviation, position in
            .warning(
                "`\(abbreviation)` is not explained", at: page.location(position),
                hint:
                    "say what it means where it is first used, for example \"Patient Advice and Liaison Service (PALS)\", or use the words instead"
            )
        }
    }

    /// The word as an abbreviation: two or more capital letters, no small ones (digits and `&` allowed).
    static func abbreviation(_ word: Substring) -> String? {
        let core = word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed()
        let text = String(core)
        guard text.filter(\.isUppercase).count >= 2, !text.contains(where: \.isLowercase),
            text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "&" })
        else { return nil }
        return text
    }
}
