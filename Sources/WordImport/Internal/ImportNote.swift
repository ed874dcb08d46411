import Diagnostics

/// Something that changed on the way from Word to the guide, for the editor to look at.
struct ImportNote: Equatable {
    var severity: Severity
    var message: String
    var hint: String

    /// The note as a diagnostic at a line of the new guide.
    func diagnostic(at path: String, line: Int) -> Diagnostic {
        Diagnostic(severity, message, at: SourceLocation(path: path, line: line), hint: hint)
    }

    static let table = ImportNote(
        severity: .warning, message: "a table in the Word file was made into a list",
        hint: "check that the list reads well: a guide cannot hold tables, so each row is an item naming its columns")

    static let footnote = ImportNote(
        severity: .warning, message: "a footnote in the Word file was put in brackets in the text",
        hint: "check that the sentence still reads well, or say it in the text")

    static let struck = ImportNote(
        severity: .warning, message: "struck-through words in the Word file were kept as ordinary words",
        hint: "delete them if they were struck through to be taken out")

    static let math = ImportNote(
        severity: .warning, message: "an equation in the Word file was written as plain text",
        hint: "say it in words")

    /// A link to somewhere a guide does not link to (`javascript:`, `file:`, a bookmark in the Word file).
    static func droppedLink(_ target: String) -> ImportNote {
        let shown = target.count > 80 ? String(target.prefix(80)) + "..." : target
        return ImportNote(
            severity: .warning, message: "the link to `\(shown)` was taken out and its words kept",
            hint: "a guide links only to web (https://), email (mailto:) and phone (tel:) addresses; "
                + "link to another guide by its file, such as `visiting-times.md`")
    }

    /// A picture of a kind a web page cannot show (EMF, WMF, TIFF...).
    static func unsupportedPicture(_ kind: String, folder: String) -> ImportNote {
        let named = kind.isEmpty ? "of a kind" : kind.uppercased() + ", a kind"
        return ImportNote(
            severity: .error,
            message: "a picture in the Word file is \(named) a web page cannot show: its alt text was written instead",
            hint: "save the picture from Word as PNG and add it to \(folder)")
    }

    /// A picture that is not in the Word file: Word links to it elsewhere.
    static func outsidePicture(folder: String) -> ImportNote {
        ImportNote(
            severity: .error,
            message: "a picture the Word file links to but does not hold was left out: its alt text is there instead",
            hint: "save the picture as PNG and add it to \(folder)")
    }

    /// Something pandoc found that a guide cannot hold, by pandoc's name for it.
    static func unsupported(_ kind: String) -> ImportNote {
        ImportNote(
            severity: .warning, message: "something in the Word file (pandoc's `\(kind)`) was left out",
            hint: "compare the guide with the Word file, and add what is missing in words")
    }
}
