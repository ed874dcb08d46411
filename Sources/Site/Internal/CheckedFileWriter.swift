import Utilities

/// A file of the build cache written in `CheckedFile`'s form a part at a time, as a build makes what goes in it, and put
/// in place by `finish()` (a rename): until then, and if it is never finished, the file it replaces is as it was.
///
/// Or added to the end of a file of the cache that was read (the kept pages', the report's rows: `PiecesFile`): then
/// the file is not renamed, and one never finished, or whose writes failed, is cut back to the size it had.
final class CheckedFileWriter {
    private let path: String
    private var file: WritingFile?
    /// The size of the file added to, or nil for a file written afresh.
    private let addedTo: Int?
    private var check = Fingerprinter()
    private var writer = ByteWriter()
    /// How many bytes are written so far: where the next part or run starts.
    private(set) var size = 0

    /// Starts the file at `path`, written under another name until it is finished.
    init(_ path: String) throws {
        self.path = path
        file = try WritingFile(path + ".new")
        addedTo = nil
    }

    /// Goes on from the end of `old`, which must still be the file at its path, as long as it was when opened.
    init(appendingTo old: OpenFile) throws {
        path = old.path
        file = try WritingFile(appendingTo: old)
        addedTo = old.size
        size = old.size
    }

    deinit {
        abandon()
    }

    /// Writes one part, which a reader fingerprints as one (`CheckedFile.Reading.endPart()`).
    func part(_ body: (inout ByteWriter) -> Void) {
        writer.removeAll()
        body(&writer)
        check.add(writer.bytes)
        file?.add(writer.bytes)
        size += writer.bytes.count
    }

    /// Writes bytes that are no part: the fingerprint at the end leaves them out, and the file's reader checks them
    /// some other way (a `PiecesFile`'s index holds a fingerprint of each piece).
    func unchecked(_ bytes: [UInt8]) {
        file?.add(bytes)
        size += bytes.count
    }

    /// Ends the file with the fingerprint of its parts and puts it in place.
    func finish() throws {
        guard let file else { return }
        self.file = nil
        file.add(CheckedFile.trailer(check.finish()))
        if let addedTo {
            try file.close(orCutTo: addedTo)
            return
        }
        do {
            try file.close()
            try FileSystem.rename(file.path, to: path)
        } catch {
            try? FileSystem.remove(file.path)
            throw error
        }
    }

    /// Leaves the file it replaces, or adds to, as it was.
    func abandon() {
        guard let file else { return }
        self.file = nil
        if let addedTo {
            file.cut(to: addedTo)
            return
        }
        try? file.close()
        try? FileSystem.remove(file.path)
    }
}
