import Content
import Diagnostics
import Utilities

extension WordImport {
    /// A picture to write: its name in the guide's pictures folder, and its bytes.
    typealias PictureCopy = (name: String, bytes: [UInt8])

    /// The largest Word file read.
    static let wordFileBytes = 100_000_000
    /// The largest picture copied out of a Word file.
    static let pictureBytes = 50_000_000

    /// One Word file made a guide: checked, converted whole, then its pictures written and then the guide, so that a
    /// file that fails leaves nothing behind.
    static func importFile(
        _ file: String, into target: ImportTarget, section: String?, pandoc: String, today: Day
    ) throws -> Outcome {
        guard Path.fileExtension(of: file) == "docx" else {
            throw ImportFailure(
                message: "this is not a Word file (.docx)",
                hint: "open it in Word and save it as a Word Document (.docx), then import that")
        }
        do {
            try FileSystem.checkReadable(file, limit: wordFileBytes)
        } catch let failure as FileSystem.Failure {
            throw ImportFailure(
                message: "cannot read this file: \(failure.reason)",
                hint: failure.isTooLarge
                    ? "save the pictures in it smaller (Word's Compress Pictures), or split it into several guides"
                    : "check the path, and that it is a file you can read")
        }
        guard let name = GuideName.make(from: Path.fileName(of: file)) else {
            throw ImportFailure(
                message: "cannot make a web address from this file's name",
                hint: "rename the Word file with letters or digits in its name, such as `visiting-times.docx`")
        }
        let guide = target.guide(named: name)
        let pictureFolder = target.pictureFolder(named: name)
        for path in [guide, pictureFolder] where FileSystem.exists(path) { throw ImportFailure.exists(path) }
        let (converted, pictures) = try PandocRunner.convert(file, pandoc: pandoc) {
            document, media -> (ConvertedGuide, [PictureCopy]) in
            let converted = ConvertedGuide(
                document, picturePrefix: target.picturePrefix(named: name), pictureFolder: pictureFolder + "/",
                mediaFolder: media)
            let pictures = try read(converted.pictures)
            return (converted, pictures)
        }
        let frontMatter = GuideFrontMatter.lines(
            title: converted.title, section: section, wordFile: Path.fileName(of: file), today: today)
        var text = frontMatter.joined(separator: "\n") + "\n"
        if !converted.body.isEmpty { text += "\n" + converted.body.lines.joined(separator: "\n") + "\n" }
        let images = try write(text, to: guide, pictures: pictures, in: pictureFolder, folder: target.folder)
        // The body starts after the front matter and a blank line.
        let firstLine = frontMatter.count + 2
        let lastLine = frontMatter.count + (converted.body.isEmpty ? 0 : 1 + converted.body.lines.count)
        let notes = converted.body.notes.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map { $0.element.note.diagnostic(at: guide, line: min(firstLine + $0.element.line, lastLine)) }
        return .imported(guide: guide, images: images, notes: notes)
    }

    /// The pictures' bytes, read before anything is written.
    private static func read(_ pictures: [PictureRegistry.Picture]) throws -> [PictureCopy] {
        var copies: [PictureCopy] = []
        for picture in pictures {
            do {
                let bytes = try FileSystem.readBytes(picture.source, limit: pictureBytes)
                copies.append((name: picture.name, bytes: bytes))
            } catch {
                throw ImportFailure(
                    message: "cannot copy a picture out of this Word file: \(error)",
                    hint: "make the pictures in it smaller (Word's Compress Pictures), or add them by hand")
            }
        }
        return copies
    }

    /// Writes the pictures into a new folder, then the guide; if the guide cannot be written the pictures are removed.
    ///
    /// Returns the pictures' paths.
    private static func write(
        _ text: String, to guide: String, pictures: [PictureCopy], in pictureFolder: String,
        folder: String
    ) throws -> [String] {
        do {
            try FileSystem.createDirectory(folder)
        } catch {
            throw ImportFailure(
                message: "cannot make the folder `\(folder)`: \(error)", hint: "check that it can be written")
        }
        var written: [String] = []
        if !pictures.isEmpty {
            let existed: Bool
            do {
                existed = try FileSystem.createDirectory(pictureFolder)
            } catch {
                throw ImportFailure(
                    message: "cannot make the pictures folder `\(pictureFolder)`: \(error)",
                    hint: "check that the content folder's `images` folder can be written")
            }
            if existed { throw ImportFailure.exists(pictureFolder) }
            do {
                for picture in pictures {
                    let path = pictureFolder + "/" + picture.name
                    try FileSystem.write(picture.bytes, to: path)
                    written.append(path)
                }
            } catch {
                try? FileSystem.remove(pictureFolder)
                throw ImportFailure(
                    message: "cannot write a picture: \(error)", hint: "check that `\(pictureFolder)` can be written")
            }
        }
        let wrote: Bool
        do {
            wrote = try FileSystem.writeNew(text, to: guide, replacing: false)
        } catch {
            if !pictures.isEmpty { try? FileSystem.remove(pictureFolder) }
            throw ImportFailure(
                message: "cannot write the guide: \(error)",
                hint: "a guide is never written through a link or over a folder: "
                    + "remove what is there, or rename the Word file")
        }
        guard wrote else {
            if !pictures.isEmpty { try? FileSystem.remove(pictureFolder) }
            throw ImportFailure.exists(guide)
        }
        return written
    }
}
