import Content
import Diagnostics
import Render
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// The folder a build writes into, beside the output folder, renamed into its place only when the whole site is
/// written: a failed build leaves the previous site untouched.
///
/// Files are written from many threads at once; each makes its own folder (another thread may make it first).
final class StagingFolder: @unchecked Sendable {
    /// The output folder, without a trailing slash.
    let output: String
    let path: String
    private let previous: String
    private let lock = Lock()
    private var failures: [String] = []
    /// Folders found to exist already when a file was written into them (a section's leaflets and braille files share
    /// one): later files skip making them, which costs a system call each, and much more on a slow disk.
    ///
    /// A guide's own folder is made once and never found existing, so this stays small.
    private var sharedFolders: Set<String> = []
    /// The build cache, when the build uses one: then this is the cache's back tree, written only where it differs.
    let cache: OutputCache?

    /// Removes what killed builds left beside `output`, and makes an empty staging folder beside it.
    ///
    /// The caller holds the output folder's lock (`lockOutput(_:)`), so nothing beside it belongs to a running build.
    init(for output: String) throws {
        self.output = Self.trimmed(output)
        path = self.output + ".building-\(getpid())"
        previous = self.output + ".previous-\(getpid())"
        cache = nil
        Self.removeLeftovers(of: self.output)
        do {
            try FileSystem.createDirectory(path)
        } catch {
            throw EnvironmentError(
                "cannot make the folder `\(path)` to build the site in: \(error)", at: output,
                hint: "check that you may write in the folder that holds the output folder")
        }
    }

    /// The build cache's back tree beside `output`, made ready (`OutputCache`): a build writes only what differs.
    ///
    /// `base` is what every file of the site is made from, and `last` what the last build left (nil to build from
    /// nothing: `--no-cache`).
    init(for output: String, base: Fingerprint, last: CacheManifest?) throws {
        self.output = Self.trimmed(output)
        previous = self.output + ".previous-\(getpid())"
        Self.removeLeftovers(of: self.output)
        let cache = try OutputCache(output: self.output, base: base, last: last)
        self.cache = cache
        path = cache.tree
    }

    /// The output folder's path without a trailing slash.
    static func trimmed(_ output: String) -> String {
        output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
    }

    /// Writes each job's file, making the files in parallel; a failure is kept for `finish` to report.
    func write(_ jobs: [FileJob]) {
        _ = Parallel.map(jobs) { self.write($0) }
    }

    /// Writes one job's file, on the calling thread.
    func write(_ job: FileJob) {
        guard Self.isInside(job.path) else {
            return fail("refusing to write `\(job.path)`: it is outside the output folder")
        }
        let target = path + "/" + job.path
        do {
            try makeFolder(of: job.path)
            if let cache {
                try cache.write(job, to: target)
            } else {
                try FileSystem.write(to: target, job.produce)
            }
        } catch {
            fail("cannot write the site: \(error)")
        }
    }

    /// Keeps a page's files as the last build made them, without making them (`OutputCache.keep`): false when they
    /// must be made, and when this build does not use the cache.
    func keep(_ sitePaths: [String], page print: Fingerprint) -> Bool {
        guard let cache, sitePaths.allSatisfy(Self.isInside) else { return false }
        do {
            return try cache.keep(sitePaths, page: print)
        } catch {
            return false  // made instead, and a failure to write them is reported then
        }
    }

    /// Makes the folder a file goes in, unless it is the staging folder or was found to exist already.
    ///
    /// A folder the cache's back tree held when it was checked is there still (`OutputCache.heldFolder`): no system call
    /// and no lock for it, though every file the build writes after an edit goes in one.
    private func makeFolder(of sitePath: String) throws {
        let inSite = Path.directory(of: sitePath)
        guard !inSite.isEmpty, cache?.heldFolder(inSite) != true else { return }
        let folder = path + "/" + inSite
        if !lock.withLock({ sharedFolders.contains(folder) }) {
            if try FileSystem.createDirectory(folder) { lock.withLock { _ = sharedFolders.insert(folder) } }
        }
    }

    /// Copies files into the site as they are.
    func copy(_ copies: [(from: TemplateFolder.Origin, to: String)]) {
        for copy in copies {
            guard Self.isInside(copy.to) else {
                fail("refusing to write `\(copy.to)`: it is outside the output folder")
                continue
            }
            do {
                try FileSystem.createDirectory(Path.directory(of: path + "/" + copy.to))
                if let cache {
                    let bytes: [UInt8]
                    switch copy.from {
                    case .file(let source): bytes = try FileSystem.readBytes(source)
                    case .builtIn(let builtIn): bytes = builtIn
                    }
                    try cache.copy(bytes, to: copy.to, target: path + "/" + copy.to)
                    continue
                }
                switch copy.from {
                case .file(let source): try FileSystem.copyFile(source, to: path + "/" + copy.to)
                case .builtIn(let bytes): try FileSystem.write(bytes, to: path + "/" + copy.to)
                }
            } catch {
                fail("cannot write the site: \(error)")
            }
        }
    }

    /// Links (or, where the disk cannot, copies) into the staging folder each file of the site at `old` that `keeping`
    /// accepts (by its path under the site) and this build has not written: for `--only`, the outputs it does not make.
    func carryOver(from old: String, keeping: (String) -> Bool) throws {
        guard FileSystem.isDirectory(old) else { return }
        var folders = Set<String>()
        for file in try FileSystem.files(under: old) where keeping(file) {
            let target = path + "/" + file
            guard !FileSystem.exists(target) else { continue }
            let folder = Path.directory(of: target)
            if folders.insert(folder).inserted { try FileSystem.createDirectory(folder) }
            try FileSystem.linkOrCopy(old + "/" + file, to: target)
        }
    }

    /// Throws the first failure of any write, after removing the staging folder.
    func checkWrites() throws {
        let first = lock.withLock { failures.first }
        if let first {
            discard()
            throw EnvironmentError(
                first, at: output,
                hint: "check that you may write there and that the disk has room; the previous site is as it was")
        }
    }

    /// Puts the staging folder in the output folder's place and removes the previous site.
    func swapIntoPlace() throws {
        try checkWrites()
        let old: String?
        do {
            if let cache { return try cache.swapIntoPlace(previous: previous) }
            old = try Self.putInPlace(path, of: output, previous: previous)
        } catch {
            discard()
            throw EnvironmentError(
                "cannot put the new site in place: \(error)", at: output,
                hint: "check that you may write in the folder that holds the output folder; the previous site is as it was")
        }
        if let old { try? FileSystem.removeInParallel(old) }
    }

    /// Puts `folder` in `output`'s place, and says where the old site now is (nil when there was none).
    ///
    /// Where the system can, the two trade places in one step, so killed at any moment the output folder holds one
    /// whole site, and the old site is at `folder`. Otherwise the old site is renamed to `previous` first (which the
    /// next build puts back, should it find no output folder), and put back at once if the second rename fails.
    static func putInPlace(_ folder: String, of output: String, previous: String) throws -> String? {
        guard FileSystem.exists(output) else {
            try FileSystem.rename(folder, to: output)
            return nil
        }
        if (try? FileSystem.exchange(folder, output)) == true { return folder }
        try FileSystem.rename(output, to: previous)
        do {
            try FileSystem.rename(folder, to: output)
        } catch {
            try? FileSystem.rename(previous, to: output)
            throw error
        }
        return previous
    }

    /// Removes the staging folder and all that was written to it.
    func discard() {
        if let cache { return cache.keepForNextBuild() }  // the cache's back tree, kept for the next build
        try? FileSystem.removeInParallel(path)
    }

    /// Removes the staging and previous folders of builds that were killed (`<output>.building-<pid>`,
    /// `<output>.previous-<pid>`).
    ///
    /// Only called with the lock held, so none of them belongs to a running build. Where a system cannot swap two
    /// folders in one step, a build killed between its two renames leaves no output folder but the previous site beside
    /// it: that is put back first.
    static func removeLeftovers(of output: String) {
        let parent = Path.directory(of: output)
        let name = Path.fileName(of: output)
        guard let entries = try? FileSystem.entries(of: parent.isEmpty ? "." : parent) else { return }
        let leftovers = entries.filter { isLeftover($0.name, of: name) }.map { parent.isEmpty ? $0.name : parent + "/" + $0.name }
        if !FileSystem.exists(output), let previous = leftovers.first(where: { $0.contains(".previous-") }) {
            try? FileSystem.rename(previous, to: output)
        }
        for leftover in leftovers where FileSystem.exists(leftover) {
            try? FileSystem.removeInParallel(leftover)
        }
    }

    /// Takes the lock beside the output folder (`.<output>.lock`) for the length of a build, so two builds into
    /// one folder never interleave: the second is refused with a message naming the first.
    static func lockOutput(_ output: String) throws -> FolderLock {
        let output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        do {
            let parent = Path.directory(of: output)
            if !parent.isEmpty { try FileSystem.createDirectory(parent) }  // `--output new/folder` makes it
            switch try FolderLock.tryAcquire(beside: output) {
            case .success(let lock): return lock
            case .failure(let held):
                throw EnvironmentError(
                    "another build is writing `\(output)`\(held.holder.map { " (process \($0))" } ?? "")", at: output,
                    hint: "wait for it to finish, then build again")
            }
        } catch let error as FileSystem.Failure {
            throw EnvironmentError(
                "cannot lock the output folder: \(error)", at: output,
                hint: "check that you may write in the folder that holds the output folder")
        }
    }

    /// `<name>.building-<digits>` or `<name>.previous-<digits>`.
    static func isLeftover(_ entry: String, of name: String) -> Bool {
        for kind in [".building-", ".previous-"] where entry.hasPrefix(name + kind) {
            let number = entry.dropFirst(name.count + kind.count)
            if !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    private func fail(_ message: String) {
        lock.withLock { failures.append(message) }
        cache?.noteFailedWrite()
    }

    /// A relative path with no `..`, `.` or empty parts: it cannot reach outside the folder.
    ///
    /// One pass over the bytes, with nothing made: it is asked of every file of the site.
    static func isInside(_ path: String) -> Bool {
        path.utf8.withContiguousStorageIfAvailable(isInside) ?? isInside(Array(path.utf8))
    }

    private static func isInside(_ path: some Collection<UInt8>) -> Bool {
        var length = 0  // of the part so far
        var dots = 0  // how many of its bytes are dots
        for byte in path {
            if byte == UInt8(ascii: "/") {
                if length == 0 || (dots == length && length <= 2) { return false }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(dots == length && length <= 2)
    }
}
