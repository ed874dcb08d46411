import Content
import Diagnostics

/// Wording that is out of date or wrong, from Signpost's list and the team's `checks.yaml`.
struct WordingRule: TextRule {
    let entries: [WordingEntry]

    static let defaults: [WordingEntry] = [
        WordingEntry(
            phrase: "6 months", near: "complain",
            advice: "the time limit for an NHS complaint is 12 months from the event, or from when you found out about it"),
        WordingEntry(
            phrase: "six months", near: "complain",
            advice: "the time limit for an NHS complaint is 12 months from the event, or from when you found out about it"),
        WordingEntry(
            phrase: "CCG",
            advice:
                "clinical commissioning groups were replaced by integrated care boards in 2022: write \"integrated care board (ICB)\""
        ),
        WordingEntry(
            phrase: "clinical commissioning group",
            advice:
                "clinical commissioning groups were replaced by integrated care boards in 2022: write \"integrated care board (ICB)\""
        ),
        WordingEntry(
            phrase: "PALS will investigate",
            advice:
                "PALS helps informally and does not investigate complaints: write \"PALS can help sort out your concern\", and point to the complaints team for an investigation"
        ),
        WordingEntry(
            phrase: "Independent Complaints Advocacy Service",
            advice:
                "this service has been renamed: write \"NHS complaints advocacy\" (free and independent, arranged by your local council)"
        ),
    ]

    func check(_ page: ContentPage, _ text: PageText, _ context: CheckContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for entry in entries {
            let finder = PhraseFinder(entry.phrase)
            for block in text.blocks.map(\.block) {
                if let near = entry.near, !PhraseFinder.hasWord(startingWith: near, in: block.text) { continue }
                for offset in finder.offsets(in: block.text) {
                    let written = String(Array(block.text)[offset..<(offset + entry.phrase.count)]).replacing("\n", with: " ")
                    found.append(
                        .warning(
                            "\"\(written)\" is out of date or wrong",
                            at: page.location(PhraseFinder.position(ofOffset: offset, in: block)),
                            hint: entry.advice))
                }
            }
        }
        return found
    }
}
