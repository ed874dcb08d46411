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
        var files = PathTable<File>()
        var folders = PathTable<FileIdentity>()
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

    static let header = "signpost build cache 4"
    static let backHeader = "signpost build cache back 4"

    /// The manifest in `folder`, without its back tree (`back(from:of:)` reads that); nil when there is no manifest, it
    /// is not as it was written (`CheckedFile`), or another program wrote it.
    static func read(from folder: String, program: Fingerprint) -> CacheManifest? {
        guard var file = CheckedFile.Reading(folder + "/manifest") else { return nil }
        var manifest = CacheManifest(program: program)
        do {
            guard try file.reader.string() == header, try file.reader.fingerprint() == program else { return nil }
            manifest.generation = try file.reader.unsigned()
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

    /// The back tree of `manifest`'s folder, when its file goes with it.
    static func back(from folder: String, of manifest: CacheManifest?) -> Tree? {
        guard let manifest, var file = CheckedFile.Reading(folder + "/back") else { return nil }
        do {
            guard try file.reader.string() == backHeader, try file.reader.fingerprint() == manifest.program,
                try file.reader.unsigned() == manifest.generation
            else { return nil }
            file.endPart()
            let back = try readTree(&file)
            return file.isAsWritten ? back : nil
        } catch {
            return nil
        }
    }

    /// A tree's files, then its folders, each a part of the file.
    private static func readTree(_ file: inout CheckedFile.Reading) throws -> Tree {
        var tree = Tree()
        let files = try file.reader.unsigned()
        let pathBytes = try file.reader.unsigned()
        file.endPart()
        tree.files = PathTable(
            capacity: Int(min(files, UInt64(file.bytes.count))), byteCapacity: Int(min(pathBytes, UInt64(file.bytes.count))))
        for _ in 0..<min(files, UInt64(file.bytes.count)) {
            let name = try file.reader.run()
            let key = try file.reader.optional { try $0.fingerprint() }
            let contents = try file.reader.fingerprint()
            let identity = FileIdentity(
                inode: try file.reader.unsigned(), size: Int64(try file.reader.int()),
                modified: Int64(try file.reader.int()), changed: Int64(try file.reader.int()), isDirectory: false)
            tree.files.set(File(key: key, contents: contents, identity: identity), atPathBytes: name)
            file.endPart()
        }
        let folders = try file.reader.unsigned()
        file.endPart()
        tree.folders = PathTable(capacity: Int(min(folders, UInt64(file.bytes.count))))
        for _ in 0..<min(folders, UInt64(file.bytes.count)) {
            let name = try file.reader.run()
            let identity = FileIdentity(
                inode: try file.reader.unsigned(), size: 0, modified: Int64(try file.reader.int()), changed: 0,
                isDirectory: true)
            tree.folders.set(identity, atPathBytes: name)
            file.endPart()
        }
        guard tree.files.count == files, tree.folders.count == folders else { throw ByteReader.Malformed() }
        return tree
    }

    /// Writes the back tree's file (or removes it, when the back is unknown), then the manifest, each under another
    /// name and renamed into place, an entry at a time.
    func write(to folder: String) throws {
        if let back {
            try CheckedFile.write(to: folder + "/back") { part in
                part { start in
                    start.add(Self.backHeader)
                    start.add(program)
                    start.add(generation)
                }
                Self.write(back, part)
            }
        } else {
            try Self.forgetBack(in: folder)
        }
        try CheckedFile.write(to: folder + "/manifest") { part in
            part { start in
                start.add(Self.header)
                start.add(program)
                start.add(generation)
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

    /// A tree's files (how many, and the bytes of their paths), then its folders, each a part of the file
    /// (`readTree`).
    private static func write(_ tree: Tree, _ part: ((inout ByteWriter) -> Void) -> Void) {
        part { start in
            start.add(UInt64(tree.files.count))
            start.add(UInt64(tree.files.byteCount))
        }
        tree.files.forEach { path, entry in
            part { writer in
                writer.add(path)
                writer.add(entry.key) { $0.add($1) }
                writer.add(entry.contents)
                writer.add(entry.identity.inode)
                writer.add(Int(entry.identity.size))
                writer.add(Int(entry.identity.modified))
                writer.add(Int(entry.identity.changed))
            }
        }
        part { $0.add(UInt64(tree.folders.count)) }
        tree.folders.forEach { path, identity in
            part { writer in
                writer.add(path)
                writer.add(identity.inode)
                writer.add(Int(identity.modified))
            }
        }
    }
}
