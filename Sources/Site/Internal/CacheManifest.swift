import Diagnostics
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// What the build cache knows: the files and folders of the site the last build left (the front, in the output
/// folder) with what each file was made from, what that build read and reported, and (when it is known) the files and
/// folders of the copy kept beside it (the back, the site before that).
///
/// Two files in the cache's folder: `manifest` (the front) and `back` (the back tree, by the manifest's paths:
/// `writeBack(_:to:generation:)`). After a build the last build's front is written as the new manifest's `back` (the
/// site it describes is now the back tree), beside the new manifest; a build that stops on errors writes `back` afresh.
/// Each file is replaced whole by a rename, never written in place, and `back` counts only when its generation is the
/// one the manifest names (`backGeneration`): a build killed at any moment leaves a manifest and a back that belong
/// together, or a back that is ignored.
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

    static let header = "signpost build cache 9"

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
    /// Its tables hold the manifest's own paths (the two sites have much the same files), each with the same number in
    /// both: the file records the back tree by the manifest's paths (`writeBack(_:to:generation:)`), so only the paths the front
    /// does not have are read and hashed.
    static func back(from folder: String, of manifest: CacheManifest?) -> Tree? {
        guard let manifest, let generation = manifest.backGeneration, var file = CheckedFile.Reading(folder + "/back")
        else { return nil }
        do {
            guard try file.reader.string() == header, try file.reader.fingerprint() == manifest.program,
                try file.reader.unsigned() == generation
            else { return nil }
            file.endPart()
            var back = Tree(
                files: PathTable(pathsOf: manifest.front.files), folders: PathTable(pathsOf: manifest.front.folders))
            try readBack(&file, into: &back.files, besides: manifest.front.files) { reader, front in
                switch try reader.unsigned() {
                case 0: return nil
                case 1: return File(key: front.key, contents: front.contents, identity: try reader.fingerprint())
                case 2: return try readFile(&reader)
                default: throw ByteReader.Malformed()
                }
            } extra: {
                try readFile(&$0)
            }
            try readBack(&file, into: &back.folders, besides: manifest.front.folders) { reader, _ in
                try reader.bool() ? try readFolder(&reader) : nil
            } extra: {
                try readFolder(&$0)
            }
            return file.isAsWritten ? back : nil
        } catch {
            return nil
        }
    }

    /// The manifest at `path`.
    private static func read(_ path: String, program: Fingerprint) -> CacheManifest? {
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
            manifest.front = try readTree(&file)
            return file.isAsWritten ? manifest : nil
        } catch {
            return nil
        }
    }

    /// A tree's files, then its folders (each count a part of the file, and the entries `entriesPerPart` to a part,
    /// as `write` wrote them).
    private static func readTree(_ file: inout CheckedFile.Reading) throws -> Tree {
        var tree = Tree()
        let files = try file.reader.unsigned()
        let pathBytes = try file.reader.unsigned()
        file.endPart()
        tree.files = PathTable(
            capacity: Int(min(files, UInt64(file.bytes.count))),
            byteCapacity: Int(min(pathBytes, UInt64(file.bytes.count))))
        try readEntries(files, from: &file) { reader in
            let name = try reader.run()
            tree.files.set(try readFile(&reader), atPathBytes: name)
        }
        let folders = try file.reader.unsigned()
        file.endPart()
        tree.folders = PathTable(capacity: Int(min(folders, UInt64(file.bytes.count))))
        try readEntries(folders, from: &file) { reader in
            let name = try reader.run()
            tree.folders.set(try readFolder(&reader), atPathBytes: name)
        }
        guard tree.files.count == files, tree.folders.count == folders else { throw ByteReader.Malformed() }
        return tree
    }

    /// A file's entry after its path: its key, contents and identity (`addFile`).
    private static func readFile(_ reader: inout ByteReader) throws -> File {
        File(
            key: try reader.optional { try $0.fingerprint() }, contents: try reader.fingerprint(),
            identity: try reader.fingerprint())
    }

    /// A folder's entry after its path: its inode and modification time (`addFolder`).
    private static func readFolder(_ reader: inout ByteReader) throws -> FileIdentity {
        FileIdentity(inode: try reader.unsigned(), size: 0, modified: Int64(try reader.int()), changed: 0, isDirectory: true)
    }

    /// Reads one table of a `back` file into `table` (made from the paths of `front`): an entry for each path of
    /// `front` with a value, in order (`entry`, given the front's value, gives the back tree's, or nil when it has none
    /// there), then each path the front does not have with its value (`extra`), as `writeBack(_:besides:_:)` wrote them.
    private static func readBack<Value>(
        _ file: inout CheckedFile.Reading, into table: inout PathTable<Value>, besides front: PathTable<Value>,
        entry: (inout ByteReader, Value) throws -> Value?, extra: (inout ByteReader) throws -> Value
    ) throws {
        let (count, extras) = (try file.reader.unsigned(), try file.reader.unsigned())
        file.endPart()
        guard count == front.count else { throw ByteReader.Malformed() }
        var numbers = front.numbers.lazy.filter { front.value(number: $0) != nil }.makeIterator()
        var expected = 0
        try readEntries(count, from: &file) { reader in
            guard let number = numbers.next(), let shown = front.value(number: number) else { throw ByteReader.Malformed() }
            if let value = try entry(&reader, shown) {
                table.setValue(value, number: number)
                expected += 1
            }
        }
        try readEntries(extras, from: &file) { reader in
            let name = try reader.run()
            table.set(try extra(&reader), atPathBytes: name)
        }
        guard table.count == expected + Int(min(extras, UInt64(Int.max))) else { throw ByteReader.Malformed() }
    }

    /// Writes the manifest, under another name and renamed into place.
    func write(to folder: String) throws {
        try write(toPath: folder + "/manifest")
    }

    /// Writes `back`, the back tree's files and folders, as the `back` file of this manifest (under another name,
    /// renamed into place), and returns its generation (`generation`, new unless given), for the manifest's
    /// `backGeneration`.
    ///
    /// The two trees have much the same files, so the back tree is recorded by the manifest's paths: for each file of
    /// the front, whether the back tree has one there, and its identity (with its key and contents only when they are
    /// not the front's: most files are the same in both); then the back tree's paths the front does not have, in full.
    /// Reading it (`back(from:of:)`) hashes no path the front has.
    @discardableResult
    func writeBack(_ back: Tree, to folder: String, generation: UInt64 = .random(in: 1...UInt64.max)) throws -> UInt64 {
        try CheckedFile.write(to: folder + "/back") { part in
            part { start in
                start.add(Self.header)
                start.add(program)
                start.add(generation)
            }
            Self.writeBack(back.files, besides: front.files, part) { writer, file, front in
                guard let file else { return writer.add(UInt64(0)) }
                if file.key == front.key, file.contents == front.contents {
                    writer.add(UInt64(1))
                    writer.add(file.identity)
                } else {
                    writer.add(UInt64(2))
                    Self.addFile(file, to: &writer)
                }
            } extra: {
                Self.addFile($1, to: &$0)
            }
            Self.writeBack(back.folders, besides: front.folders, part) { writer, folder, _ in
                writer.add(folder != nil)
                if let folder { Self.addFolder(folder, to: &writer) }
            } extra: {
                Self.addFolder($1, to: &$0)
            }
        }
        return generation
    }

    /// One table of a `back` file: how many paths `front` has and how many of `back`'s it does not, then for each path
    /// of `front` in order `entry` given the back tree's value there (nil when it has none) and the front's, then each
    /// path the front does not have with `extra` given its value; `entriesPerPart` to a part.
    private static func writeBack<Value>(
        _ back: PathTable<Value>, besides front: PathTable<Value>, _ part: ((inout ByteWriter) -> Void) -> Void,
        entry: (inout ByteWriter, Value?, Value) -> Void, extra: (inout ByteWriter, Value) -> Void
    ) {
        // A table made from the front's paths numbers them as the front does: no path is hashed to find it.
        let shared = back.numbersPaths(as: front)
        let fronts = front.numbers.lazy.filter { front.value(number: $0) != nil }
        let extras = back.numbers.filter { number in
            guard back.value(number: number) != nil else { return false }
            if shared { return number >= front.numbers.count || front.value(number: number) == nil }
            return back.withPathBytes(number: number) { front.value(atPathBytes: $0) } == nil
        }
        part { start in
            start.add(UInt64(front.count))
            start.add(UInt64(extras.count))
        }
        writeEntries(fronts, count: front.count, part) { writer, number in
            guard let shown = front.value(number: number) else { return }
            let kept = shared ? back.value(number: number) : front.withPathBytes(number: number) { back.value(atPathBytes: $0) }
            entry(&writer, kept, shown)
        }
        writeEntries(extras, count: extras.count, part) { writer, number in
            guard let value = back.value(number: number) else { return }
            back.withPathBytes(number: number) { writer.add(bytes: $0) }
            extra(&writer, value)
        }
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
            addFile(entry, to: &writer)
        }
        part { $0.add(UInt64(tree.folders.count)) }
        write(tree.folders, part) { writer, path, identity in
            writer.add(bytes: path)
            addFolder(identity, to: &writer)
        }
    }

    private static func addFile(_ file: File, to writer: inout ByteWriter) {
        writer.add(file.key) { $0.add($1) }
        writer.add(file.contents)
        writer.add(file.identity)
    }

    private static func addFolder(_ identity: FileIdentity, to writer: inout ByteWriter) {
        writer.add(identity.inode)
        writer.add(Int(identity.modified))
    }

    /// Each path of `table` with its value, in the order the paths were added, `entriesPerPart` to a part.
    private static func write<Value>(
        _ table: PathTable<Value>, _ part: ((inout ByteWriter) -> Void) -> Void,
        entry: (inout ByteWriter, UnsafeBufferPointer<UInt8>, Value) -> Void
    ) {
        let numbers = table.numbers.lazy.filter { table.value(number: $0) != nil }
        writeEntries(numbers, count: table.count, part) { writer, number in
            guard let value = table.value(number: number) else { return }
            table.withPathBytes(number: number) { entry(&writer, $0, value) }
        }
    }

    /// `entry` for each of the first `count` of `numbers`, `entriesPerPart` to a part (`readEntries`).
    private static func writeEntries(
        _ numbers: some Sequence<Int>, count: Int, _ part: ((inout ByteWriter) -> Void) -> Void,
        entry: (inout ByteWriter, Int) -> Void
    ) {
        var numbers = numbers.makeIterator()
        var left = count
        withoutActuallyEscaping(entry) { entry in
            while left > 0 {
                let now = min(left, entriesPerPart)
                part { writer in
                    for _ in 0..<now {
                        guard let number = numbers.next() else { return }
                        entry(&writer, number)
                    }
                }
                left -= now
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
