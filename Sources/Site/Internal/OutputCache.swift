import Content
import Diagnostics
import Render
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// The build cache: a copy of the site one build behind the output folder (the back tree), and a manifest of what
/// made each file of both.
///
/// A cached build writes into the back tree, not a fresh folder: a file whose key (what it is made from) is the one the
/// last build made it from is not made again; it is left as it is when the back tree has it already, or copied from
/// the output folder when that still holds it as written. Every other file is made. What the new site does not have is
/// removed, and the two folders trade places in one step, so the old site becomes the next build's back tree.
///
/// Nothing is trusted unchecked: every file and folder of the back tree is compared with what the manifest recorded
/// (`FileIdentity`: inode, size, change times) before it is used, and a file of the output folder before it is copied.
/// The manifest says the back tree is unknown while a build writes into it, so a build killed at any moment leaves a
/// cache the next build can use or ignore.
final class OutputCache: @unchecked Sendable {
    /// `.<output>.cache`, beside the output folder.
    let folder: String
    /// The back tree, `.<output>.cache/site`: the folder a cached build writes.
    let tree: String
    private let output: String
    /// What the last build left; nil when building from nothing (`--no-cache`, or no usable manifest).
    private let last: CacheManifest?
    private let program: Fingerprint
    /// The files and folders of the back tree found as the manifest recorded them; the rest were removed.
    private var back = CacheManifest.Tree()
    /// The back tree's folders the check found as recorded, read from every core while files are written (never
    /// changed after `init`): nothing removes one of them before the swap.
    private var heldFolders = PathTable<FileIdentity>()
    /// The back tree's folders whose entries this build changed (a file written, removed or replaced in it, a folder
    /// made or removed in it), or that were not found as recorded: each one's identity is looked up again at the end,
    /// and every other folder's is as recorded.
    private var touched = PathTable<Bool>()
    /// What every file is made from: the program, the outputs, the templates and the content folder's settings.
    let base: Fingerprint
    /// What the files made from a page are made from beyond the page (`setPageBase`); nil until the content is open.
    private var pages: Fingerprint?
    /// The fingerprint of every page and the day, once every page is loaded: what a whole-site file is made from.
    private var site: Fingerprint?
    /// The same, of what lists of pages show of every page (`FileJob.Inputs.listing`).
    private var listing: Fingerprint?
    private let lock = Lock()
    /// The files of the new site so far.
    ///
    /// Its table starts from the paths of the last site (`last.front`), so each of those has the same number in both.
    private var made = PathTable<CacheManifest.File>()
    /// Whether the back tree's table numbers the last site's paths as its own table does (as one read from the paths of
    /// the last site does, `CacheManifest.back(from:of:)`): then a page's files are found in all three by one look-up.
    private var backSharesNumbers = false
    /// Whether a write failed part way: then the back tree may hold what no manifest names, and it is left unknown.
    private var writeFailed = false

    /// What this build read and reported, for the manifest: `SiteBuilder.cacheFingerprints`, and its report.
    private var outcome: (inputs: Fingerprint, report: CacheManifest.Report)?

    /// The manifest beside `output` that this program wrote, if there is one, without its back tree (`init` reads that).
    static func manifest(beside output: String) -> CacheManifest? {
        CacheManifest.read(from: folder(for: output), program: programFingerprint)
    }

    /// What the last build reported, when it read exactly `inputs` and the output folder holds every file and folder
    /// as that build left them (each one's `FileIdentity`, looked up in parallel): then there is nothing to make.
    static func unchanged(_ manifest: CacheManifest, output: String, inputs: Fingerprint) -> CacheManifest.Report? {
        guard manifest.inputs == inputs else { return nil }
        let changed = Self.changes(manifest.front, under: output)
        return changed.files.isEmpty && changed.folders.isEmpty ? manifest.report : nil
    }

    /// The cache beside `output`, and the back tree made ready to write into: checked against `last` (what the last
    /// build left) when there is one, otherwise emptied.
    ///
    /// `base` is what every file of the site is made from. The caller holds the output folder's lock.
    init(output: String, base: Fingerprint, last: CacheManifest?) throws {
        self.output = output
        folder = Self.folder(for: output)
        tree = folder + "/site"
        program = Self.programFingerprint
        var made = Fingerprinter()
        made.add(program)
        made.add(base)
        self.base = made.finish()
        self.last = last
        // Much the same files as the last site: the new site's table starts from its paths (held once, for both).
        self.made = last.map { PathTable(pathsOf: $0.front.files) } ?? PathTable()
        // The back tree as recorded, held once (it is checked in place and becomes `back`).
        var known = CacheManifest.back(from: folder, of: last)
        do {
            // The cache's folder and its copy of the site are real folders, never links followed out of place.
            if let found = FileIdentity(path: folder), !found.isDirectory { try FileSystem.remove(folder) }
            try FileSystem.createDirectory(folder)
            if let found = FileIdentity(path: tree), !found.isDirectory { try FileSystem.remove(tree) }
            // From here the back tree changes: until the build ends, it is not known what it holds.
            try CacheManifest.forgetBack(in: folder)
            if known != nil, FileIdentity(path: tree)?.isDirectory == true {
                touched = Self.check(tree, keeping: &known)
                back = known ?? CacheManifest.Tree()
                known = nil
                backSharesNumbers = last.map { back.files.numbersPaths(as: $0.front.files) } ?? false
            } else {
                try FileSystem.removeInParallel(tree)
                try FileSystem.createDirectory(tree)
            }
        } catch {
            throw EnvironmentError(
                "cannot use the build cache `\(folder)`: \(error)", at: output,
                hint: "check that you may write in the folder that holds the output folder, or build with --no-cache")
        }
        // The folders found as recorded: one the check found changed may be gone (deleted by hand), and is made again
        // when a file goes in it.
        var held = back.folders
        touched.forEachPathBytes { folder, _ in held.set(nil, atPathBytes: folder) }
        heldFolders = held
    }

    /// Whether the back tree held the folder at `path` (in the site), as recorded, when it was checked: then it is
    /// there still, and a file written into it need not make it.
    func heldFolder(_ path: String) -> Bool {
        heldFolders[path] != nil
    }

    /// `<parent>/.<name>.cache`.
    static func folder(for output: String) -> String {
        let parent = Path.directory(of: output)
        let name = "." + Path.fileName(of: output) + ".cache"
        return parent.isEmpty ? name : (parent == "/" ? "/" : parent + "/") + name
    }

    /// Sets what the files made from a page are made from beyond the page, once the service records are read.
    ///
    /// `readByPages` is `SiteBuilder.cacheFingerprints`' `pagesBase` with `ContentFolder.servicesAsPagesSeeThem`; the
    /// program is added here. A page's files are made, not kept, until it is set.
    func setPageBase(_ readByPages: Fingerprint) {
        var made = Fingerprinter()
        made.add(program)
        made.add(readByPages)
        let base = made.finish()
        lock.withLock { pages = base }
    }

    /// What the files made from a page are made from beyond the page, with the program; nil until `setPageBase`.
    var pageBase: Fingerprint? { lock.withLock { pages } }

    /// Once every page is loaded: every page's fingerprint (sorted by file) and the day of the build, which the
    /// whole-site files are made from; and the same of what lists show of each page, which the lists are made from.
    ///
    /// `listings` holds what lists show of the pages taken from the cache (`PageCache.listings`), by file.
    func setPages(_ content: SiteContent, today: Day, listings: [String: Fingerprint] = [:]) {
        let pages = Parallel.map(content.allPages + content.translations) {
            ($0.file + "|" + ($0.language?.code ?? ""), $0.sourceFingerprint, listings[$0.file] ?? $0.listingFingerprint)
        }.sorted { $0.0 < $1.0 }
        var (made, listed) = (Fingerprinter(), Fingerprinter())
        for (file, print, listing) in pages {
            made.add(file)
            made.add(print)
            listed.add(file)
            listed.add(listing)
        }
        made.add(pages.count)
        made.add(today.iso)
        listed.add(pages.count)
        listed.add(today.iso)
        lock.withLock { (site, listing) = (made.finish(), listed.finish()) }
    }

    /// What the file at `path` is made from, given what it reads beyond the base (`inputs`); nil when it cannot be
    /// known (it is always made).
    private func key(_ path: String, _ inputs: FileJob.Inputs) -> Fingerprint? {
        let (pages, listing, site) = lock.withLock { (self.pages, self.listing, self.site) }
        return Self.key(path, inputs, base: base, pages: pages, listing: listing, site: site)
    }

    /// The same, given the fingerprints it starts from (`base`, and `pages`, `listing` and `site` as they are set).
    private static func key(
        _ path: String, _ inputs: FileJob.Inputs, base: Fingerprint, pages: Fingerprint?, listing: Fingerprint?,
        site: Fingerprint?
    ) -> Fingerprint? {
        var made = Fingerprinter()
        switch inputs {
        case .page, .record:
            guard let pages else { return nil }
            made.add(pages)
        case .shown, .listing, .wholeSite:
            made.add(base)
        }
        made.add(path)
        switch inputs {
        case .page(let print):
            made.add("page")
            made.add(print)
        case .shown(let print):
            made.add("shown")
            made.add(print)
        case .record(let print):
            made.add("record")
            made.add(print)
        case .listing:
            guard let listing else { return nil }
            made.add("listing")
            made.add(listing)
        case .wholeSite:
            guard let site else { return nil }
            made.add("site")
            made.add(site)
        }
        return made.finish()
    }

    /// Writes one job's file into the back tree at `target` (its folder made), unless it is there already.
    func write(_ job: FileJob, to target: String) throws {
        let key = key(job.path, job.inputs)
        // The back tree's file at this path is dealt with now: what is left in `back` at the end is what the new site
        // does not have. Should the write fail, the staging folder says so (`noteFailedWrite`), and the back tree is
        // left unknown.
        let kept = lock.withLock { back.files.removeValue(forPath: job.path) }
        try write(job, to: target, key: key, kept: kept)
    }

    /// Keeps the files at `paths` (under `tree`), made from a page whose fingerprint is `print`, as the last build made
    /// them, without making them.
    ///
    /// Each is kept from the back tree, or copied from the site. False when one is in neither as that page made it:
    /// then they must be made (`write`). The lock is taken once for them all, not for each: pages are kept on every
    /// core at once.
    func keep(_ paths: [String], page print: Fingerprint) throws -> Bool {
        guard let last, let pages = lock.withLock({ self.pages }) else { return false }
        // Each file as the last build made it, looked up once: its number is the same in the back tree's table (when it
        // shares the last site's numbers) and in the new site's.
        var befores: [(number: Int, key: Fingerprint, contents: Fingerprint)] = []
        for path in paths {
            guard let key = Self.key(path, .page(print), base: base, pages: pages, listing: nil, site: nil),
                let number = last.front.files.number(of: path), let before = last.front.files.value(number: number),
                before.key == key
            else { return false }
            befores.append((number, key, before.contents))
        }
        // The back tree's files taken, and those that are as the last build made them recorded, in one hold of the lock.
        let others = lock.withLock {
            var others: [(path: String, key: Fingerprint, kept: CacheManifest.File?)] = []
            for (path, before) in zip(paths, befores) {
                let kept =
                    backSharesNumbers ? back.files.removeValue(number: before.number) : back.files.removeValue(forPath: path)
                if let kept, kept.contents == before.contents {
                    let file = CacheManifest.File(key: before.key, contents: kept.contents, identity: kept.identity)
                    made.setValue(file, number: before.number)
                } else {
                    others.append((path, before.key, kept))
                }
            }
            return others
        }
        for other in others {
            guard try reuse(other.path, key: other.key, kept: other.kept, target: tree + "/" + other.path) else {
                lock.withLock { for path in paths { made[path] = nil } }  // the page is made instead, every file of it
                return false
            }
        }
        return true
    }

    private func write(_ job: FileJob, to target: String, key: Fingerprint?, kept: CacheManifest.File?) throws {
        if let key, try reuse(job.path, key: key, kept: kept, target: target) { return }
        var contents = Fingerprinter()
        let written = try replace(target) {
            try FileSystem.writeNewFile(to: target) { emit in
                job.produce { piece in
                    contents.add(piece)
                    emit(piece)
                }
            }
        }
        record(job.path, key: key, contents: contents.finish(), written: written)
    }

    /// Keeps the back tree's file at `path` (`kept`), or copies the site's into the back tree at `target`, when the
    /// last build made it with `key` and it is as that build left it; false when it is not.
    private func reuse(_ path: String, key: Fingerprint, kept: CacheManifest.File?, target: String) throws -> Bool {
        guard let before = last?.front.files[path], before.key == key else { return false }
        if let kept, kept.contents == before.contents {
            record(path, CacheManifest.File(key: key, contents: kept.contents, identity: kept.identity))
            return true
        }
        let shown = output + "/" + path
        guard FileIdentity(path: shown)?.fingerprint == before.identity, let bytes = try? FileSystem.readBytes(shown),
            FileIdentity(path: shown)?.fingerprint == before.identity
        else { return false }
        try FileSystem.createDirectory(Path.directory(of: target))  // made already, unless the page was kept
        let written = try replace(target) { try FileSystem.writeNewFile(bytes, to: target) }
        record(path, key: key, contents: before.contents, written: written)
        return true
    }

    /// Copies a file into the back tree at `path` (its folder made), unless it is there already.
    func copy(_ bytes: [UInt8], to path: String, target: String) throws {
        let contents = Fingerprint.of(bytes)
        let kept = lock.withLock { back.files.removeValue(forPath: path) }
        if let kept, kept.contents == contents {
            return record(path, CacheManifest.File(key: nil, contents: contents, identity: kept.identity))
        }
        let written = try replace(target) { try FileSystem.writeNewFile(bytes, to: target) }
        record(path, key: nil, contents: contents, written: written)
    }

    /// Finishes a build that wrote the whole site: removes what the new site does not have, records every file and
    /// folder, puts the back tree in the output folder's place, and keeps the old site as the next back tree.
    ///
    /// `previous` is where the old site is put aside where the two folders cannot trade places in one step.
    func swapIntoPlace(previous: String) throws {
        var (made, back, touched) = lock.withLock { (self.made, self.back, self.touched) }
        back.files.forEachPathBytes { path, _ in  // the back tree's files no job dealt with
            guard made.value(atPathBytes: path) == nil else { return }
            let file = String(decoding: path, as: UTF8.self)
            unlink(tree + "/" + file)
            touched[Path.directory(of: file)] = true
        }
        var front = CacheManifest.Tree(files: made)
        let folders = last.flatMap { Self.sameFolders(made, as: $0.front) } ?? Self.folders(of: made)
        var gone: [String] = []  // the back tree's folders the new site does not have, deepest first
        let numberedAlike = Self.numberAlike(back.folders, folders)
        for number in back.folders.numbers where back.folders.value(number: number) != nil {
            back.folders.withPathBytes(number: number) { path in
                if Self.value(in: folders, number: number, path: path, numberedAlike: numberedAlike) == nil {
                    gone.append(String(decoding: path, as: UTF8.self))
                }
            }
        }
        for folder in gone.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            rmdir(tree + "/" + folder)
            touched[Path.directory(of: folder)] = true
        }
        front.folders = identities(of: folders, back: back.folders, touched: touched)
        var next = CacheManifest(program: program)
        next.front = front
        if let outcome = lock.withLock({ outcome }) { (next.inputs, next.report) = outcome }
        // Should this fail, the staging folder keeps the back tree for the next build (`keepForNextBuild`).
        let old = try StagingFolder.putInPlace(tree, of: output, previous: previous)
        // The last manifest no longer describes the site in place.
        unlink(folder + "/manifest")
        // The old site, as the last build left it, is the next back tree (checked when it is next used); put aside by
        // two renames, it is moved into the cache's folder first, and if that fails the next build removes it.
        // The last build's manifest described it: that record is the back file, by the new manifest's paths.
        var lastFront: CacheManifest.Tree?
        if let old, old == tree || (try? FileSystem.rename(old, to: tree)) != nil, let last {
            lastFront = last.front
            next.backGeneration = .random(in: 1...UInt64.max)
        }
        // The back file and the manifest are written at once, each on a core. The manifest names the back file's
        // generation: should that file not be written (or the build be killed before it is), none carries it, and
        // the next build finds the back tree unknown. The site is in place; without a manifest that says so, the next
        // build builds from nothing.
        let (finished, folder, record) = (next, folder, lastFront)
        let (_, written) = Parallel.pair(
            {
                if let record, let generation = finished.backGeneration {
                    try? finished.writeBack(record, to: folder, generation: generation)
                }
            }, { (try? finished.write(to: folder)) != nil })
        if !written { unlink(folder + "/manifest") }
    }

    /// A write into the back tree failed (a folder that could not be made, a file that could not be written): the
    /// staging folder reports it, and the build ends without recording what the back tree holds.
    func noteFailedWrite() {
        lock.withLock { writeFailed = true }
    }

    /// What the build read and what it reported, recorded with the site once it is in place.
    func setOutcome(inputs: Fingerprint, report: CacheManifest.Report) {
        lock.withLock { outcome = (inputs, report) }
    }

    /// Records what the back tree holds after a build that did not finish (errors in the content), so the next build
    /// can still use it; after a failed write it stays unknown, and the next build starts it afresh.
    func keepForNextBuild() {
        let (made, back, failed) = lock.withLock { (self.made, self.back, self.writeFailed) }
        guard !failed else { return }
        var state = CacheManifest.Tree(files: back.files)
        made.forEachPathBytes { path, file in state.files.set(file, atPathBytes: path) }
        state.folders = identities(of: Self.folders(of: state.files), back: PathTable(), touched: PathTable())
        var next = last ?? CacheManifest(program: program)
        next.backGeneration = try? next.writeBack(state, to: folder)
        try? next.write(to: folder)
    }

    private func record(_ path: String, _ file: CacheManifest.File) {
        lock.withLock { made[path] = file }
    }

    /// Records a file this build wrote, as it was once written (`written`).
    private func record(_ path: String, key: Fingerprint?, contents: Fingerprint, written: FileIdentity) {
        let folder = Path.directory(of: path)
        lock.withLock {
            made[path] = CacheManifest.File(key: key, contents: contents, identity: written.fingerprint)
            if back.folders.count > 0 { touched[folder] = true }  // with no back tree, every folder is looked up
        }
    }

    /// Writes a new file at `target` with `write`; when something is there already (a file of the old back tree, a
    /// folder where a file now goes), removes it and writes again: never into what was there, nor through a link.
    private func replace(_ target: String, write: () throws -> FileIdentity?) throws -> FileIdentity {
        if let written = try write() { return written }
        if unlink(target) != 0 {
            let code = errno
            if (code == EISDIR || code == EPERM) && FileSystem.isDirectory(target) {
                try FileSystem.removeInParallel(target)
            } else if code != ENOENT {
                throw EnvironmentError(
                    "cannot remove `\(target)` to write it again: \(String(cString: strerror(code)))", at: target,
                    hint: "check that you may write in the folder that holds the output folder")
            }
        }
        guard let written = try write() else {
            throw EnvironmentError(
                "`\(target)` was there again once removed", at: target, hint: "check that nothing else writes in that folder")
        }
        return written
    }

    /// Each folder's identity: as `back` recorded it when the build found it so and changed nothing in it (it is not
    /// `touched`, and no folder in it is new), otherwise looked up, in parallel.
    private func identities(
        of folders: PathTable<Bool>, back: PathTable<FileIdentity>, touched: PathTable<Bool>
    ) -> PathTable<FileIdentity> {
        // The back tree's folder with a folder's number: found by that number when the two tables number their paths
        // alike (as after most edits, both made from the last site's folders), so no path is hashed.
        let numberedAlike = Self.numberAlike(back, folders)
        let kept = { @Sendable (number: Int, folder: UnsafeBufferPointer<UInt8>) -> FileIdentity? in
            Self.value(in: back, number: number, path: folder, numberedAlike: numberedAlike)
        }
        var changed = touched
        for number in folders.numbers where folders.value(number: number) != nil {
            folders.withPathBytes(number: number) { folder in  // a new folder was made in its parent
                guard !folder.isEmpty, kept(number, folder) == nil else { return }
                let parent = folder.lastIndex(of: UInt8(ascii: "/")) ?? folder.startIndex
                changed.set(true, atPathBytes: UnsafeBufferPointer(rebasing: folder[..<parent]))
            }
        }
        // The folders whose entries changed, by number: a few, each looked up once.
        var isTouched = [Bool](repeating: false, count: folders.numbers.count)
        changed.forEachPathBytes { folder, _ in
            if let number = folders.number(ofPathBytes: folder) { isTouched[number] = true }
        }
        let touchedFolders = isTouched
        let tree = OpenFolder(tree)
        let found = Parallel.map(Array(folders.numbers)) { number -> FileIdentity? in
            folders.withPathBytes(number: number) { folder in
                if !touchedFolders[number], let kept = kept(number, folder) { return kept }
                return tree?.identity(of: folder)
            }
        }
        // The folders' own table of paths, each with its identity by number: no path hashed again.
        var identities = PathTable<FileIdentity>(pathsOf: folders)
        for number in folders.numbers where folders.value(number: number) != nil {
            identities.setValue(found[number] ?? Self.unknownFolder, number: number)
        }
        return identities
    }

    /// Whether one of two tables' paths start with the other's, in the same order: then a path both have has the same
    /// number in each.
    private static func numberAlike<A, B>(_ one: PathTable<A>, _ other: PathTable<B>) -> Bool {
        one.numbersPaths(as: other) || other.numbersPaths(as: one)
    }

    /// `table`'s value at `path`, the path numbered `number` in another table: found by that number when the two number
    /// their paths alike (`numberAlike`), so no path is hashed.
    private static func value<Value>(
        in table: PathTable<Value>, number: Int, path: UnsafeBufferPointer<UInt8>, numberedAlike: Bool
    ) -> Value? {
        guard numberedAlike else { return table.value(atPathBytes: path) }
        return number < table.numbers.count ? table.value(number: number) : nil
    }

    /// What a folder whose identity cannot be looked up is recorded as.
    ///
    /// No folder has inode 0, so the next build's check finds it changed, reads it, and clears it of anything the
    /// manifest does not name; and the folders recorded are always every folder of the site's files, as
    /// `sameFolders(_:as:)` takes them.
    private static let unknownFolder = FileIdentity(inode: 0, size: 0, modified: 0, changed: 0, isDirectory: true)

    /// The folders of `files` when they are the files of `last`; nil when the files differ.
    ///
    /// After most edits the site has the last site's files (the same paths, numbered alike, none added or gone), and
    /// so its folders: taken from its table, not worked out again from 65,000 paths.
    static func sameFolders(_ files: PathTable<CacheManifest.File>, as last: CacheManifest.Tree) -> PathTable<Bool>? {
        guard files.count == last.files.count, files.numbers == last.files.numbers, files.numbersPaths(as: last.files),
            files.numbers.allSatisfy({ (files.value(number: $0) == nil) == (last.files.value(number: $0) == nil) })
        else { return nil }
        var folders = PathTable<Bool>(pathsOf: last.folders)
        for number in last.folders.numbers where last.folders.value(number: number) != nil {
            folders.setValue(true, number: number)
        }
        return folders
    }

    /// Every folder that holds one of `files`, up to the site's own (`""`), worked out from the paths' bytes.
    static func folders(of files: PathTable<CacheManifest.File>) -> PathTable<Bool> {
        var folders = PathTable<Bool>(capacity: files.count / 2)
        folders[""] = true
        files.forEachPathBytes { path, _ in
            var end = path.count
            while let slash = path[..<end].lastIndex(of: UInt8(ascii: "/")) {
                let folder = UnsafeBufferPointer(rebasing: path[..<slash])
                if folders.value(atPathBytes: folder) != nil { break }  // and so are the folders above it
                folders.set(true, atPathBytes: folder)
                end = slash
            }
        }
        return folders
    }

    /// The back tree checked against what the manifest recorded (`known`), in parallel: `known` keeps the files found
    /// as recorded, and anything else in the tree is removed (a folder whose entries changed is read, and what it
    /// should not hold removed).
    ///
    /// Returns the folders it found changed, or changed itself.
    @discardableResult
    static func check(_ tree: String, keeping known: inout CacheManifest.Tree?) -> PathTable<Bool> {
        guard var kept = known else { return PathTable() }
        known = nil  // `kept` is the only reference: it is changed in place
        let changed = changes(kept, under: tree)
        var touched = PathTable<Bool>()
        for folder in changed.folders { touched[folder] = true }
        for path in changed.files {
            kept.files[path] = nil
            try? FileSystem.remove(tree + "/" + path)
            touched[Path.directory(of: path)] = true
        }
        for path in changed.folders {
            let location = path.isEmpty ? tree : tree + "/" + path
            for entry in (try? FileSystem.entries(of: location)) ?? [] {
                let child = path.isEmpty ? entry.name : path + "/" + entry.name
                let isKnownFolder = entry.isDirectory && kept.folders[child] != nil
                let isKnownFile = !entry.isDirectory && kept.files[child] != nil
                if !isKnownFolder && !isKnownFile { try? FileSystem.removeInParallel(location + "/" + entry.name) }
            }
        }
        known = kept
        return touched
    }

    /// The files and folders of `tree` not at `root` as recorded (each one's `FileIdentity`), looked up in parallel,
    /// each from the folder `root` held open.
    static func changes(_ tree: CacheManifest.Tree, under root: String) -> (files: [String], folders: [String]) {
        guard let folder = OpenFolder(root) else { return (tree.files.paths, tree.folders.paths) }
        let files = Parallel.map(Array(tree.files.numbers)) { number -> Bool in
            guard let file = tree.files.value(number: number) else { return true }
            return tree.files.withPathBytes(number: number) { folder.identity(of: $0)?.fingerprint } == file.identity
        }
        let folders = Parallel.map(Array(tree.folders.numbers)) { number -> Bool in
            guard let identity = tree.folders.value(number: number) else { return true }
            let found = tree.folders.withPathBytes(number: number) { folder.identity(of: $0) }
            return found?.isSameFolder(as: identity) == true
        }
        return (
            tree.files.numbers.filter { !files[$0] }.map { tree.files.path(number: $0) },
            tree.folders.numbers.filter { !folders[$0] }.map { tree.folders.path(number: $0) }
        )
    }

    /// The running program's identity: a rebuilt Signpost may make files differently.
    static let programFingerprint: Fingerprint = {
        var made = Fingerprinter()
        made.add(CacheManifest.header)
        let program = FileSystem.canonicalPath("/proc/self/exe")
        if let identity = FileIdentity(path: program) {
            made.add(program)
            made.add(identity.inode)
            made.add(Int(identity.size))
            made.add(Int(identity.modified))
        }
        return made.finish()
    }()
}
