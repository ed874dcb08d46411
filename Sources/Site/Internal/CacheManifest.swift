import Diagnostics
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// What the build cache knows: the files and folders of the site the last build left (the front, in the output
/// folder) with what each file was made from, what that build read and reported, and (when it is known) the files and
/// folders of the copy kept beside it (the back, the site before that).
///
/// Two files in the cache's folder, of the same form: `manifest` (the front) and `back`, a manifest whose front is the
/// back tree. After a build the last build's manifest becomes `back` by a rename (the site it describes is now the
/// back tree) and a new manifest is written; a build that stops on errors writes `back` afresh. Each file is replaced
/// whole by a rename, never written in place, and `back` counts only when its `generation` is the one the manifest
/// names (`backGeneration`): a build killed at any moment leaves a manifest and a back that belong together, or a
/// back that is ignored.
struct CacheManifest {
    /// One file of a site: what it was made from (its key; nil for a file copied as it is), a fingerprint of what is
    /// in it, and its identity on disk when it was written, as a fingerprint (`FileIdentity.fingerprint`: it is only
    /// ever compared with the identity found, so 16 bytes hold what took 33; a build holds three trees of 65,000 files).
    struct File {
        var key: Fingerprint?
        var contents: Fingerprint
        var identity: Fingerprint
    }

    /// A site as it was left: its files, and its folders (`""` is the site's own folder).
    struct Tree {
        var files = PathTable<File>()
        var folders = PathTable<FileIdentity>()
    }

    /// The program that made the files: another build of Signpost may make them differently, so its cache is not used.
    var program: Fingerprint
    /// Which manifest this is: new for each one written after a build (and for each `back` written afresh).
    var generation = UInt64.random(in: 1...UInt64.max)
    /// The generation of the `back` file that describes the back tree, or nil when it is not known what the back
    /// tree holds (a build was writing it, or there is none).
    var backGeneration: UInt64?
    var front = Tree()
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

    static let header = "signpost build cache 8"

    /// How many files or folders go in one part of the file (`CheckedFile`): a part is fingerprinted and written
    /// whole, so each of a large site's 65,000 small entries costs little.
    static let entriesPerPart = 1024

    /// The manifest in `folder`, without its back tree (`back(from:of:)` reads that); nil when there is no manifest, it
    /// is not as it was written (`CheckedFile`), or another program wrote it.
    static func read(from folder: String, program: Fingerprint) -> CacheManifest? {
        read(folder + "/manifest", program: program)
    }

    /// The back tree of `manifest`'s folder, when its file is the one the manifest names.
    ///
    /// Its tables hold the paths of the manifest's own (the two sites have much the same files), so each path is held
    /// once and has the same number in both.
    static func back(from folder: String, of manifest: CacheManifest?) -> Tree? {
        guard let manifest, let generation = manifest.backGeneration,
            let back = read(folder + "/back", program: manifest.program, pathsOf: manifest.front),
            back.generation == generation
        else { return nil }
        return back.front
    }

    /// The manifest at `path`; its tree's tables start from the paths of `known`'s when it is given.
    private static func read(_ path: String, program: Fingerprint, pathsOf known: Tree? = nil) -> CacheManifest? {
        guard var file = CheckedFile.Reading(path) else { return nil }
        var manifest = CacheManifest(program: program)
        do {
            guard try file.reader.string() == header, try file.reader.fingerprint() == program else { return nil }
            manifest.generation = try file.reader.unsigned()
            manifest.backGeneration = try file.reader.optional { try $0.unsigned() }
            manifest.inputs = try file.reader.optional { try $0.fingerprint() }
            manifest.report.pageCount = try file.reader.int()
            manifest.report.fileCount = try file.reader.int()
            manifest.report.diagnostics = try file.reader.list { try Diagnostic(stored: &$0) }
            file.endPart()
            manifest.front = try readTree(&file, pathsOf: known)
            return file.isAsWritten ? manifest : nil
        } catch {
            return nil
        }
    }

    /// A tree's files, then its folders (each count a part of the file, and the entries `entriesPerPart` to a part,
    /// as `write` wrote them); its tables start from `known`'s paths when it is given.
    private static func readTree(_ file: inout CheckedFile.Reading, pathsOf known: Tree?) throws -> Tree {
        var tree = Tree()
        let files = try file.reader.unsigned()
        let pathBytes = try file.reader.unsigned()
        file.endPart()
        if let known {
            tree.files = PathTable(pathsOf: known.files)
        } else {
            tree.files = PathTable(
                capacity: Int(min(files, UInt64(file.bytes.count))),
                byteCapacity: Int(min(pathBytes, UInt64(file.bytes.count))))
        }
        // With `known`'s paths, each path is first looked for just after the one before it: a manifest's paths keep
        // the order of the last one's, and those it no longer has are left out, so most are found with no hash.
        var next: Int? = known == nil ? nil : 0
        try readEntries(files, from: &file) { reader in
            let name = try reader.run()
            let entry = File(
                key: try reader.optional { try $0.fingerprint() }, contents: try reader.fingerprint(),
                identity: try reader.fingerprint())
            set(entry, at: name, in: &tree.files, lookingFirstAt: &next)
        }
        let folders = try file.reader.unsigned()
        file.endPart()
        tree.folders =
            known.map { PathTable(pathsOf: $0.folders) } ?? PathTable(capacity: Int(min(folders, UInt64(file.bytes.count))))
        next = known == nil ? nil : 0
        try readEntries(folders, from: &file) { reader in
            let name = try reader.run()
            let identity = FileIdentity(
                inode: try reader.unsigned(), size: 0, modified: Int64(try reader.int()), changed: 0, isDirectory: true)
            set(identity, at: name, in: &tree.folders, lookingFirstAt: &next)
        }
        guard tree.files.count == files, tree.folders.count == folders else { throw ByteReader.Malformed() }
        return tree
    }

    /// Sets `value` at the path whose bytes are `name` in `table`; with `next`, in a table made from the paths of
    /// another that numbers them in much the same order, the path is looked for at `next` before it is hashed, and
    /// `next` becomes the number after it.
    private static func set<Value>(
        _ value: Value, at name: ArraySlice<UInt8>, in table: inout PathTable<Value>, lookingFirstAt next: inout Int?
    ) {
        guard let expected = next else {
            table.set(value, atPathBytes: name)
            return
        }
        next = name.withUnsafeBufferPointer { name in
            if table.holds(name, atNumber: expected) {
                table.setValue(value, number: expected)
                return expected + 1
            }
            table.set(value, atPathBytes: name)
            return (table.number(ofPathBytes: name) ?? expected) + 1
        }
    }

    /// Writes the manifest, under another name and renamed into place.
    func write(to folder: String) throws {
        try write(toPath: folder + "/manifest")
    }

    /// Makes the manifest in `folder` its `back` file, by a rename.
    ///
    /// Done once the site it describes has become the back tree. Returns its generation, for the next manifest's
    /// `backGeneration`; nil when it cannot be renamed.
    static func keepAsBack(in folder: String, generation: UInt64) -> UInt64? {
        (try? FileSystem.rename(folder + "/manifest", to: folder + "/back")) == nil ? nil : generation
    }

    /// Writes `tree` as the `back` file of a manifest (under another name, renamed into place); its generation, for
    /// the manifest's `backGeneration`.
    func writeBack(_ tree: Tree, to folder: String) throws -> UInt64 {
        var back = CacheManifest(program: program)
        back.front = tree
        try back.write(toPath: folder + "/back")
        return back.generation
    }

    private func write(toPath path: String) throws {
        try CheckedFile.write(to: path) { part in
            part { start in
                start.add(Self.header)
                start.add(program)
                start.add(generation)
                start.add(backGeneration) { $0.add($1) }
                start.add(inputs) { $0.add($1) }
                start.add(report.pageCount)
                start.add(report.fileCount)
                start.add(report.diagnostics) { $1.store(into: &$0) }
            }
            Self.write(front, part)
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

    /// A tree's files (how many, and the bytes of their paths), then its folders (how many), each count a part of the
    /// file and the entries in parts of `entriesPerPart` (`readTree`).
    private static func write(_ tree: Tree, _ part: ((inout ByteWriter) -> Void) -> Void) {
        part { start in
            start.add(UInt64(tree.files.count))
            start.add(UInt64(tree.files.byteCount))
        }
        write(tree.files, part) { writer, path, entry in
            writer.add(bytes: path)
            writer.add(entry.key) { $0.add($1) }
            writer.add(entry.contents)
            writer.add(entry.identity)
        }
        part { $0.add(UInt64(tree.folders.count)) }
        write(tree.folders, part) { writer, path, identity in
            writer.add(bytes: path)
            writer.add(identity.inode)
            writer.add(Int(identity.modified))
        }
    }

    /// Each path of `table` with its value, in the order the paths were added, `entriesPerPart` to a part.
    private static func write<Value>(
        _ table: PathTable<Value>, _ part: ((inout ByteWriter) -> Void) -> Void,
        entry: (inout ByteWriter, UnsafeBufferPointer<UInt8>, Value) -> Void
    ) {
        var numbers = table.numbers[...]
        var left = table.count
        withoutActuallyEscaping(entry) { entry in
            while left > 0, !numbers.isEmpty {
                part { writer in
                    var written = 0
                    while written < entriesPerPart, let number = numbers.popFirst() {
                        guard let value = table.value(number: number) else { continue }  // a path removed
                        table.withPathBytes(number: number) { entry(&writer, $0, value) }
                        written += 1
                    }
                    left -= written
                }
            }
        }
    }

    /// Reads `count` entries with `entry`, ending a part after every `entriesPerPart`th and after the last, as
    /// `write(_:_:entry:)` wrote them; no more than the file has bytes, should `count` say more.
    private static func readEntries(
        _ count: UInt64, from file: inout CheckedFile.Reading, _ entry: (inout ByteReader) throws -> Void
    ) throws {
        let count = min(count, UInt64(file.bytes.count))
        for index in 0..<count {
            try entry(&file.reader)
            if index % UInt64(entriesPerPart) == UInt64(entriesPerPart - 1) || index == count - 1 { file.endPart() }
        }
    }
}
