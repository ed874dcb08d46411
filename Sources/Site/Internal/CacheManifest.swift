import Diagnostics
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// What the build cache knows: the files and folders of the site the last build left (the front, in the output
/// folder) with what each file was made from, what that build read and reported, and (when it is known) the files and
/// folders of the copy kept beside it (the back, the site before that).
///
/// Two files in the cache's folder: `manifest` (the front) and `back`. Each is replaced whole by a rename, never
/// written in place, and `back` counts only when it carries the manifest's `generation`: a build killed at any moment
/// leaves a manifest and a back that belong together, or a back that is ignored.
struct CacheManifest {
    /// One file of a site: what it was made from (its key; nil for a file copied as it is), a fingerprint of what is
    /// in it, and its identity on disk when it was written.
    struct File {
        var key: Fingerprint?
        var contents: Fingerprint
        var identity: FileIdentity
    }

    /// A site as it was left: its files, and its folders (`""` is the site's own folder).
    struct Tree {
        var files: [String: File] = [:]
        var folders: [String: FileIdentity] = [:]
    }

    /// The program that made the files: another build of Signpost may make them differently, so its cache is not used.
    var program: Fingerprint
    /// Which manifest a `back` file goes with: new for each manifest written after a build.
    var generation = UInt64.random(in: 1...UInt64.max)
    var front = Tree()
    /// The back tree, or nil when it is not known what it holds (a build was writing it, or there is none).
    var back: Tree?
    /// What the last build that wrote the site read (templates, content, the day; `SiteBuilder.cacheFingerprints`), and what
    /// it reported (its diagnostics before `--strict`, its counts): a build that finds the same inputs, and the site as
    /// that build left it, has nothing to make.
    var inputs: Fingerprint?
    var report = Report()

    struct Report {
        var diagnostics: [Diagnostic] = []
        var pageCount = 0
        var fileCount = 0
    }

    static let header = "signpost build cache 2"
    static let backHeader = "signpost build cache back 2"

    /// The manifest in `folder`, without its back tree (`back(from:of:)` reads that); nil when there is no manifest, it
    /// cannot be read, or another program wrote it.
    static func read(from folder: String, program: Fingerprint) -> CacheManifest? {
        guard let bytes = try? FileSystem.readBytes(folder + "/manifest") else { return nil }
        var manifest = CacheManifest(program: program)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map({ String(decoding: $0, as: UTF8.self) }) == header,
            let programLine = lines.popFirst(), String(decoding: programLine, as: UTF8.self) == "program " + program.hex,
            let generationLine = lines.popFirst(), let generation = generation(generationLine),
            let inputsLine = lines.popFirst(), let reportLine = lines.popFirst()
        else { return nil }
        manifest.generation = generation
        manifest.inputs = Fingerprint(hexDigits: inputsLine.dropFirst("inputs ".utf8.count))
        let counts = String(decoding: reportLine, as: UTF8.self).split(separator: " ")
        guard counts.count == 3, counts[0] == "report", let pages = Int(counts[1]), let files = Int(counts[2]) else {
            return nil
        }
        (manifest.report.pageCount, manifest.report.fileCount) = (pages, files)
        var front = Tree()
        guard readEntries(lines, into: &front, diagnostics: &manifest.report.diagnostics) else { return nil }
        manifest.front = front
        return manifest
    }

    /// The back tree of `manifest`'s folder, when its file goes with it.
    static func back(from folder: String, of manifest: CacheManifest?) -> Tree? {
        manifest.flatMap { back(from: folder, program: $0.program, generation: $0.generation, front: $0.front) }
    }

    /// The back tree's file, when it goes with the manifest of `generation`.
    ///
    /// Its paths share their text with the front's: most are the same.
    private static func back(from folder: String, program: Fingerprint, generation: UInt64, front: Tree) -> Tree? {
        guard let bytes = try? FileSystem.readBytes(folder + "/back") else { return nil }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map({ String(decoding: $0, as: UTF8.self) }) == backHeader,
            let programLine = lines.popFirst(), String(decoding: programLine, as: UTF8.self) == "program " + program.hex,
            let generationLine = lines.popFirst(), Self.generation(generationLine) == generation
        else { return nil }
        var back = Tree()
        var none: [Diagnostic] = []
        guard readEntries(lines, into: &back, diagnostics: &none, sharing: front) else { return nil }
        return back
    }

    private static func generation(_ line: ArraySlice<UInt8>) -> UInt64? {
        guard line.starts(with: "generation ".utf8) else { return nil }
        return unsigned(line.dropFirst("generation ".utf8.count))
    }

    /// Reads the lines of files (`F`), folders (`D`) and diagnostics (`E`) up to `end`; false when a line is not one.
    private static func readEntries(
        _ lines: ArraySlice<ArraySlice<UInt8>>, into tree: inout Tree, diagnostics: inout [Diagnostic],
        sharing known: Tree = Tree()
    ) -> Bool {
        tree.files.reserveCapacity(lines.count)
        func path(_ bytes: ArraySlice<UInt8>) -> String {
            let text = decode(String(decoding: bytes, as: UTF8.self))
            // The same path as the front's, held once.
            return known.files.index(forKey: text).map { known.files[$0].key } ?? text
        }
        for line in lines {
            if line.isEmpty { continue }
            if line.elementsEqual("end".utf8) { return true }
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
            guard fields.count > 1, fields[0].count == 1, let kind = fields[0].first else { return false }
            switch (kind, fields.count) {
            case (UInt8(ascii: "F"), 8):
                guard let file = Self.file(fields) else { return false }
                tree.files[path(fields[1])] = file
            case (UInt8(ascii: "D"), 4):
                guard let inode = unsigned(fields[2]), let modified = signed(fields[3]) else { return false }
                let identity = FileIdentity(inode: inode, size: 0, modified: modified, changed: 0, isDirectory: true)
                tree.folders[fields[1].elementsEqual(".".utf8) ? "" : path(fields[1])] = identity
            case (UInt8(ascii: "E"), 7):
                let texts = fields.map { String(decoding: $0, as: UTF8.self) }
                guard let severity = Severity(rawValue: texts[1]), let line = Int(texts[3]), let column = Int(texts[4])
                else { return false }
                let hint = texts[6].isEmpty ? nil : String(decode(texts[6]).dropFirst())
                diagnostics.append(
                    Diagnostic(
                        severity, decode(texts[5]), at: SourceLocation(path: decode(texts[2]), line: line, column: column),
                        hint: hint))
            default:
                return false
            }
        }
        return false  // cut short: not a file this program wrote whole
    }

    /// A file's line: its path, key (`-` for none), contents, inode, size, and times.
    private static func file(_ fields: [ArraySlice<UInt8>]) -> File? {
        guard let contents = Fingerprint(hexDigits: fields[3]), let inode = unsigned(fields[4]), let size = signed(fields[5]),
            let modified = signed(fields[6]), let changed = signed(fields[7])
        else { return nil }
        let isNone = fields[2].elementsEqual("-".utf8)
        let key = isNone ? nil : Fingerprint(hexDigits: fields[2])
        if !isNone && key == nil { return nil }
        return File(
            key: key, contents: contents,
            identity: FileIdentity(inode: inode, size: size, modified: modified, changed: changed, isDirectory: false))
    }

    /// Digits read straight from the bytes (the manifest has many thousands of lines).
    private static func unsigned(_ bytes: ArraySlice<UInt8>) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 48 && byte <= 57 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(byte - 48))
            if overflow || carry { return nil }
            value = sum
        }
        return value
    }

    private static func signed(_ bytes: ArraySlice<UInt8>) -> Int64? {
        let negative = bytes.first == UInt8(ascii: "-")
        guard let magnitude = unsigned(negative ? bytes.dropFirst() : bytes), magnitude <= UInt64(Int64.max) else {
            return nil
        }
        return negative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// Writes the back tree's file (or removes it, when the back is unknown), then the manifest, each under another
    /// name and renamed into place, a line at a time.
    func write(to folder: String) throws {
        if let back {
            try Self.write(to: folder + "/back") { emit in
                emit(Self.backHeader + "\nprogram " + program.hex + "\ngeneration \(generation)\n")
                Self.emit(back, emit)
            }
        } else {
            try Self.forgetBack(in: folder)
        }
        try Self.write(to: folder + "/manifest") { emit in
            emit(Self.header + "\nprogram " + program.hex + "\ngeneration \(generation)\n")
            emit("inputs \(inputs?.hex ?? "-")\nreport \(report.pageCount) \(report.fileCount)\n")
            for diagnostic in report.diagnostics {
                let location = diagnostic.location
                emit(
                    "E\t\(diagnostic.severity.rawValue)\t\(Self.encode(location.path))\t\(location.line)\t\(location.column)\t\(Self.encode(diagnostic.message))\t\(diagnostic.hint.map { Self.encode("+" + $0) } ?? "")\n"
                )
            }
            Self.emit(front, emit)
        }
    }

    /// From now on the back tree is not known: its file is removed (a build is about to write the back tree).
    static func forgetBack(in folder: String) throws {
        if unlink(folder + "/back") != 0 && errno != ENOENT {
            throw EnvironmentError(
                "cannot remove `\(folder)/back`: \(String(cString: strerror(errno)))", at: folder,
                hint: "check that you may write in the build cache's folder")
        }
    }

    private static func write(to path: String, _ lines: (_ emit: (String) -> Void) -> Void) throws {
        try withoutActuallyEscaping(lines) { lines in
            try FileSystem.write(to: path + ".new") { emit in
                lines(emit)
                emit("end\n")
            }
        }
        try FileSystem.rename(path + ".new", to: path)
    }

    private static func emit(_ tree: Tree, _ emit: (String) -> Void) {
        for (path, entry) in tree.files {
            let identity = entry.identity
            emit(
                "F\t\(encode(path))\t\(entry.key?.hex ?? "-")\t\(entry.contents.hex)\t\(identity.inode)\t\(identity.size)\t\(identity.modified)\t\(identity.changed)\n"
            )
        }
        for (path, identity) in tree.folders {
            emit("D\t\(path.isEmpty ? "." : encode(path))\t\(identity.inode)\t\(identity.modified)\n")
        }
    }

    /// A path as the manifest writes it: `%`, tab and line breaks written as `%25`, `%09`, `%0A` and `%0D`, so any
    /// name fits on its line.
    static func encode(_ path: String) -> String {
        guard path.utf8.contains(where: { $0 == 37 || $0 == 9 || $0 == 10 || $0 == 13 }) else { return path }
        var text = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": text += "%25"
            case "\t": text += "%09"
            case "\n": text += "%0A"
            case "\r": text += "%0D"
            default: text.unicodeScalars.append(character)
            }
        }
        return text
    }

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(37) else { return text }
        var bytes: [UInt8] = []
        var rest = Array(text.utf8)[...]
        while let byte = rest.popFirst() {
            guard byte == 37, rest.count >= 2, let value = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16)
            else {
                bytes.append(byte)
                continue
            }
            bytes.append(value)
            rest = rest.dropFirst(2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
