import Diagnostics
import Utilities

/// What the build cache knows, in its file `manifest`: the files and folders of the site the last build left (the
/// front, in the output folder) with what each file was made from, and of the copy kept beside it (the back, the
/// site before that), and whether the back can be trusted.
///
/// The file is replaced whole in one rename, never written in place, so a build killed at any moment leaves either
/// the old manifest or the new one.
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
    var front = Tree()
    /// The back tree, or nil when it is not known what it holds (a build was writing it, or there is none).
    var back: Tree?
    /// What the last build that wrote the site read (templates, content, the day; `SiteBuilder.cacheInputs`), and what
    /// it reported (its diagnostics before `--strict`, its counts): a build that finds the same inputs, and the site as
    /// that build left it, has nothing to make.
    var inputs: Fingerprint?
    var report = Report()

    struct Report {
        var diagnostics: [Diagnostic] = []
        var pageCount = 0
        var fileCount = 0
    }

    static let header = "signpost build cache 1"

    /// The manifest in `folder`, or nil when there is none, it cannot be read, or another program wrote it.
    static func read(from folder: String, program: Fingerprint) -> CacheManifest? {
        guard let bytes = try? FileSystem.readBytes(folder + "/manifest") else { return nil }
        var manifest = CacheManifest(program: program)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard lines.popFirst().map({ String(decoding: $0, as: UTF8.self) }) == header,
            let programLine = lines.popFirst(),
            String(decoding: programLine, as: UTF8.self) == "program " + program.hex,
            let backLine = lines.popFirst()
        else { return nil }
        var back: Tree? = String(decoding: backLine, as: UTF8.self) == "back known" ? Tree() : nil
        guard let inputsLine = lines.popFirst(), let reportLine = lines.popFirst() else { return nil }
        manifest.inputs = Fingerprint(hex: String(decoding: inputsLine, as: UTF8.self).dropFirst("inputs ".count))
        let counts = String(decoding: reportLine, as: UTF8.self).split(separator: " ")
        guard counts.count == 3, counts[0] == "report", let pages = Int(counts[1]), let files = Int(counts[2]) else {
            return nil
        }
        (manifest.report.pageCount, manifest.report.fileCount) = (pages, files)
        var ended = false
        manifest.front.files.reserveCapacity(lines.count / 2)
        back?.files.reserveCapacity(lines.count / 2)
        for line in lines {
            if line.isEmpty { continue }
            if line.elementsEqual("end".utf8) {
                ended = true
                break
            }
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
            guard fields.count > 1, fields[0].count == 1, let kind = fields[0].first else { return nil }
            switch (kind, fields.count) {
            case (UInt8(ascii: "F"), 8), (UInt8(ascii: "f"), 8):
                guard let file = Self.file(fields) else { return nil }
                let path = decode(String(decoding: fields[1], as: UTF8.self))
                if kind == UInt8(ascii: "F") { manifest.front.files[path] = file } else { back?.files[path] = file }
            case (UInt8(ascii: "D"), 4), (UInt8(ascii: "d"), 4):
                guard let inode = unsigned(fields[2]), let modified = signed(fields[3]) else { return nil }
                let identity = FileIdentity(inode: inode, size: 0, modified: modified, changed: 0, isDirectory: true)
                let text = String(decoding: fields[1], as: UTF8.self)
                let path = text == "." ? "" : decode(text)
                if kind == UInt8(ascii: "D") { manifest.front.folders[path] = identity } else { back?.folders[path] = identity }
            case (UInt8(ascii: "E"), 7):
                let texts = fields.map { String(decoding: $0, as: UTF8.self) }
                guard let severity = Severity(rawValue: texts[1]), let line = Int(texts[3]), let column = Int(texts[4])
                else { return nil }
                let hint = texts[6].isEmpty ? nil : String(decode(texts[6]).dropFirst())
                manifest.report.diagnostics.append(
                    Diagnostic(
                        severity, decode(texts[5]), at: SourceLocation(path: decode(texts[2]), line: line, column: column),
                        hint: hint))
            default:
                return nil
            }
        }
        guard ended else { return nil }  // cut short: not a manifest this program wrote whole
        manifest.back = back
        return manifest
    }

    /// A file's line: its path, key (`-` for none), contents, inode, size, and times.
    private static func file(_ fields: [ArraySlice<UInt8>]) -> File? {
        guard let contents = fingerprint(fields[3]), let inode = unsigned(fields[4]), let size = signed(fields[5]),
            let modified = signed(fields[6]), let changed = signed(fields[7])
        else { return nil }
        let isNone = fields[2].elementsEqual("-".utf8)
        let key = isNone ? nil : fingerprint(fields[2])
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

    private static func fingerprint(_ bytes: ArraySlice<UInt8>) -> Fingerprint? {
        guard bytes.count == 32 else { return nil }
        var (high, low): (UInt64, UInt64) = (0, 0)
        for (index, byte) in bytes.enumerated() {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 97...102: digit = byte - 87
            default: return nil
            }
            if index < 16 { high = high << 4 | UInt64(digit) } else { low = low << 4 | UInt64(digit) }
        }
        return Fingerprint(high: high, low: low)
    }

    /// Writes the manifest into `folder` under another name, then renames it into place.
    func write(to folder: String) throws {
        var text = Self.header + "\nprogram " + program.hex + "\n" + (back == nil ? "back unknown" : "back known") + "\n"
        text += "inputs \(inputs?.hex ?? "-")\nreport \(report.pageCount) \(report.fileCount)\n"
        for diagnostic in report.diagnostics {
            let location = diagnostic.location
            text +=
                "E\t\(diagnostic.severity.rawValue)\t\(Self.encode(location.path))\t\(location.line)\t\(location.column)\t\(Self.encode(diagnostic.message))\t\(diagnostic.hint.map { Self.encode("+" + $0) } ?? "")\n"
        }
        func add(_ tree: Tree, file: String, folder: String) {
            for (path, entry) in tree.files.sorted(by: { $0.key < $1.key }) {
                let identity = entry.identity
                text +=
                    "\(file)\t\(Self.encode(path))\t\(entry.key?.hex ?? "-")\t\(entry.contents.hex)\t\(identity.inode)\t\(identity.size)\t\(identity.modified)\t\(identity.changed)\n"
            }
            for (path, identity) in tree.folders.sorted(by: { $0.key < $1.key }) {
                text += "\(folder)\t\(path.isEmpty ? "." : Self.encode(path))\t\(identity.inode)\t\(identity.modified)\n"
            }
        }
        add(front, file: "F", folder: "D")
        if let back { add(back, file: "f", folder: "d") }
        text += "end\n"
        let temporary = folder + "/manifest.new"
        try FileSystem.write(text, to: temporary)
        try FileSystem.rename(temporary, to: folder + "/manifest")
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
