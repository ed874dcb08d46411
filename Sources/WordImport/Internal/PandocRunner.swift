import Foundation
import Utilities

/// Runs pandoc on a Word file (`pandoc -f docx -t json --extract-media=<folder>`) in a folder of its own under the
/// system's temporary folder, which is removed however it ends.
enum PandocRunner {
    /// The most JSON read from pandoc: a Word file of a thousand pages is well under.
    static let outputBytes = 200_000_000

    /// Converts `file`, then hands its document and the folder pandoc put its pictures in to `use`, and removes the
    /// folder once `use` returns.
    static func convert<Value>(
        _ file: String, pandoc: String, _ use: (PandocDocument, String) throws -> Value
    ) throws -> Value {
        let work = temporaryFolder()
        do {
            try FileSystem.createDirectory(work)
        } catch {
            throw ImportFailure(
                message: "cannot make a folder for pandoc's work: \(error)",
                hint: "check that the temporary folder (TMPDIR) can be written")
        }
        defer { try? FileSystem.remove(work) }
        let media = work + "/media"
        let output = work + "/document.json"
        let input = file.hasPrefix("/") ? file : "./" + file
        try run(
            pandoc, ["-f", "docx", "-t", "json", "--extract-media=" + media, "-o", output, input],
            errors: work + "/errors.txt")
        let document: PandocDocument
        do {
            let bytes = try FileSystem.readBytes(output, limit: outputBytes)
            document = try PandocReader.read(Data(bytes))
        } catch let failure as PandocReader.Failure {
            throw ImportFailure(
                message: "pandoc's reading of this Word file cannot be used: \(failure.reason)",
                hint: "check that `pandoc --version` is pandoc 2 or 3, whose output Signpost reads")
        } catch {
            throw ImportFailure(
                message: "pandoc's reading of this Word file cannot be read: \(error)",
                hint: "check that the temporary folder (TMPDIR) has room")
        }
        return try use(document, media)
    }

    /// Runs pandoc and waits for it; its messages go to the file `errors`, and the first line of them is the message
    /// when it fails.
    private static func run(_ pandoc: String, _ arguments: [String], errors: String) throws {
        let hint = "install pandoc (`sudo apt install pandoc`), or give the path of the pandoc program"
        guard FileSystem.exists(pandoc) else {
            throw ImportFailure(message: "there is no pandoc at `\(pandoc)`", hint: hint)
        }
        guard FileManager.default.createFile(atPath: errors, contents: nil),
            let errorFile = FileHandle(forWritingAtPath: errors)
        else {
            throw ImportFailure(
                message: "cannot make a file for pandoc's messages",
                hint: "check that the temporary folder (TMPDIR) can be written")
        }
        defer { try? errorFile.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorFile
        do {
            try process.run()
        } catch {
            throw ImportFailure(message: "cannot run pandoc at `\(pandoc)`: \(error.localizedDescription)", hint: hint)
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit && process.terminationStatus == 0 else {
            let said = (try? FileSystem.readText(errors, limit: 1_000_000)) ?? ""
            let first = said.split(whereSeparator: { $0.isNewline }).first.map { String($0).trimmingWhitespace } ?? ""
            throw ImportFailure(
                message: "pandoc could not read this Word file" + (first.isEmpty ? "" : ": " + first),
                hint: "open it in Word, save it again as a Word Document (.docx), and import that")
        }
    }

    /// A new folder's path under the system's temporary folder.
    private static func temporaryFolder() -> String {
        var base = Substring(NSTemporaryDirectory())
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        return String(base) + "/signpost-word-" + UUID().uuidString.lowercased()
    }
}
