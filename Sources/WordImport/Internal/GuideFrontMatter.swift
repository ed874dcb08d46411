import Content

/// An imported guide's front matter: what Word gives (the title), and for everything else a value starting
/// `FILL IN:`, which the checks report until the editor fills it in.
enum GuideFrontMatter {
    static let untitled = "FILL IN: the guide's title, as a reader would search for it"

    /// The lines from the opening `---` to the closing one, each value a YAML double-quoted string.
    ///
    /// - Parameters:
    ///   - section: the section of the guides beside it, if they have one.
    ///   - wordFile: the Word file's name, for the comment that says where the guide came from.
    static func lines(title: String?, section: String?, wordFile: String, today: Day) -> [String] {
        var lines = [
            "---",
            "title: " + YAMLScalar.quoted(title ?? untitled),
            "summary: " + YAMLScalar.quoted("FILL IN: what this guide helps with, in one or two sentences"),
            "owner: " + YAMLScalar.quoted("FILL IN: the team that keeps this guide right"),
            "last_reviewed: " + YAMLScalar.quoted("FILL IN: the date it was last checked, as YYYY-MM-DD"),
            "next_review: " + YAMLScalar.quoted("FILL IN: the date to check it again, as YYYY-MM-DD"),
            "sources:",
            "  - title: " + YAMLScalar.quoted("FILL IN: where the facts come from"),
            "    url: " + YAMLScalar.quoted("FILL IN: the https:// address of that source"),
        ]
        if let section { lines.append("section: " + YAMLScalar.quoted(section)) }
        lines.append(
            "# Imported from \(oneLine(wordFile)) on \(today.iso). Fill in each FILL IN value, compare the guide with "
                + "the Word file, then delete this line.")
        lines.append("---")
        return lines
    }

    /// A file name on one line: a line break in it would end the comment.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
