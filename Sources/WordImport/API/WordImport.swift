import Content
import Diagnostics

/// Word leaflets (.docx) made guides, through pandoc.
///
/// pandoc reads each file into its document tree (`pandoc -f docx -t json`), which is written as a guide's
/// CommonMark: the title from the document's title or first heading, headings from `##` to `####`, paragraphs,
/// emphasis, links to web, email and phone addresses, lists, quotes, tables as lists, and pictures copied to
/// `images/<guide>/`. What Word says nothing of (summary, owner, review dates, sources) is a `FILL IN:` value, which
/// the checks report until an editor fills it in. Nothing is ever replaced, and a file that fails leaves nothing.
public enum WordImport {
    /// One Word file's result.
    public enum Outcome: Sendable, Equatable {
        /// The guide written (its path under the folder as given: `Content/guides/concerns/making-a-complaint.md`),
        /// the pictures written, and what changed on the way (a table made a list, a link taken out, a picture a page
        /// cannot show), each a warning or error at its line of the new guide.
        case imported(guide: String, images: [String], notes: [Diagnostic])
        /// Nothing was written for this file; why, as an error at the Word file with a hint.
        case failed(Diagnostic)
    }

    /// Imports each file in order, carrying on past a bad one.
    ///
    /// - Parameters:
    ///   - folder: the guides folder to write into; it must be inside `<contentRoot>/guides/`, and is made if missing.
    ///     A guide takes the section of the guides already there.
    ///   - contentRoot: the content folder; pictures go to `<contentRoot>/images/<guide-name>/`.
    ///   - pandoc: the path of the pandoc program.
    ///   - today: the date the front matter's comment gives for the import.
    public static func run(
        _ files: [String], into folder: String, contentRoot: String, pandoc: String, today: Day
    ) -> [Outcome] {
        let target: ImportTarget
        do {
            target = try ImportTarget(folder: folder, contentRoot: contentRoot)
        } catch {
            return files.map { .failed(ImportFailure.diagnostic(for: error, at: $0)) }
        }
        let section = try? GuideScaffold.siblingSection(in: target.folder)
        return files.map { file in
            do {
                return try importFile(file, into: target, section: section, pandoc: pandoc, today: today)
            } catch {
                return .failed(ImportFailure.diagnostic(for: error, at: file))
            }
        }
    }
}
