#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain POSIX file access.
///
/// Foundation's writers fsync every file, which makes a build of thousands of pages several times slower; a site is
/// rebuilt whole if a write is lost.
public enum FileSystem {
    /// An error from the operating system, with the path it concerns.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        /// Whether the file was refused for its size (`readBytes(_:limit:)`).
        public let isTooLarge: Bool
        public var description: String { "\(path): \(reason)" }

        init(_ path: String, reason: String, isTooLarge: Bool = false) {
            self.path = path
            self.reason = reason
            self.isTooLarge = isTooLarge
        }

        init(_ path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
            self.isTooLarge = false
        }
    }

    /// Reads a whole regular file.
    ///
    /// Never waits on a pipe or device (opened without blocking, then refused), and refuses a file over `limit` bytes
    /// before reading it.
    public static func readBytes(_ path: String, limit: Int = Int.max) throws -> [UInt8] {
        let (fd, size) = try openRegularFile(path, limit: limit)
        defer { close(fd) }
        return try bytes(from: fd, count: size, path: path)
    }

    /// Reads from `fd` into `room` until it is full or the file ends; how many bytes were read.
    ///
    /// From `offset` when one is given (`pread`: the descriptor's position is left alone, so many threads may read
    /// the file at once), otherwise from where the descriptor is.
    static func fill(_ room: UnsafeMutableRawBufferPointer, from fd: Int32, at offset: Int? = nil, path: String) throws -> Int {
        guard let base = room.baseAddress else { return 0 }
        var done = 0
        while done < room.count {
            let count =
                offset.map { pread(fd, base + done, room.count - done, off_t($0 + done)) }
                ?? read(fd, base + done, room.count - done)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw Failure(path, errno: errno) }
            if count == 0 { break }
            done += count
        }
        return done
    }

    /// Reads from `fd`, where the descriptor is, into `buffer` until it is full or the file ends; how many bytes were
    /// read.
    static func fill(_ buffer: inout [UInt8], from fd: Int32, path: String) throws -> Int {
        try buffer.withUnsafeMutableBytes { try fill($0, from: fd, path: path) }
    }

    /// Up to `count` bytes from `offset` (`pread`), or from where the descriptor is when there is none, read into new
    /// storage that is not first filled with zeros: the bytes the file holds there, fewer where it ends first.
    static func bytes(from fd: Int32, at offset: Int? = nil, count: Int, path: String) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: count) { room, initialized in
            initialized = try fill(UnsafeMutableRawBufferPointer(room), from: fd, at: offset, path: path)
        }
    }

    /// Throws what `readBytes` would, without reading: for a file another program reads (a Word file, by pandoc).
    public static func checkReadable(_ path: String, limit: Int = Int.max) throws {
        close(try openRegularFile(path, limit: limit).fd)
    }

    /// Opens a regular file of at most `limit` bytes without blocking on a pipe or device; its descriptor and size.
    static func openRegularFile(_ path: String, limit: Int) throws -> (fd: Int32, size: Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        do {
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw Failure(path, errno: errno) }
            guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(path, reason: "not a regular file") }
            guard Int(info.st_size) <= limit else {
                throw Failure(path, reason: "it is \(info.st_size) bytes, over the limit of \(limit)", isTooLarge: true)
            }
            return (fd, Int(info.st_size))
        } catch {
            close(fd)
            throw error
        }
    }

    /// Reads a regular file (refused as `readBytes` refuses) a piece at a time, so a large file is never whole in
    /// memory: a file of up to `pieceSize` bytes in one piece, a larger one in pieces of `pieceSize` bytes but the last.
    public static func readInPieces(_ path: String, pieceSize: Int = 1 << 20, _ body: ([UInt8]) -> Void) throws {
        let (fd, size) = try openRegularFile(path, limit: Int.max)
        defer { close(fd) }
        let pieceSize = max(1, min(pieceSize, size))  // a small file needs no megabyte of room
        var piece = [UInt8](repeating: 0, count: pieceSize)
        while true {
            let filled = try fill(&piece, from: fd, path: path)
            if filled < pieceSize {
                if filled > 0 { body(Array(piece[..<filled])) }
                return
            }
            body(piece)
        }
    }

    /// Reads a whole regular file as UTF-8, without the byte-order mark some editors put first.
    public static func readText(_ path: String, limit: Int = Int.max) throws -> String {
        let bytes = try readBytes(path, limit: limit)
        if bytes.starts(with: byteOrderMark) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-8's byte-order mark, which some editors write at the start of a file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        defer { close(fd) }
        let failure: Int32?? = bytes.withContiguousStorageIfAvailable { writeAll($0, to: fd) }
        switch failure {
        case nil: try write(Array(bytes), to: path)
        case .some(nil): return
        case .some(.some(let failure)): throw Failure(path, errno: failure)
        }
    }

    /// Writes all of `text` to the open file `fd` (standard error, for the command's messages), with no copy of it
    /// made first; false when a write failed.
    @discardableResult
    public static func write(_ text: String, toDescriptor fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { writeAll($0, to: fd) } == nil
    }

    /// Writes all of `bytes` to `fd`; the `errno` of a write that failed, or nil.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Int32? {
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if count <= 0 { return errno }
            done += count
        }
        return nil
    }

    /// Gathers small pieces into writes of 64 KB; a piece that large is written as it is.
    ///
    /// After a failed write the rest is dropped, and `failure` says why.
    struct PieceWriter {
        let fd: Int32
        private var gathered: [UInt8] = []
        private(set) var failure: Int32?
        private static let gather = 65536

        init(_ fd: Int32) { self.fd = fd }

        mutating func add(_ piece: UnsafeBufferPointer<UInt8>) {
            if gathered.count + piece.count > Self.gather { flush() }
            if piece.count >= Self.gather { send(piece) } else { gathered.append(contentsOf: piece) }
        }

        mutating func send(_ bytes: UnsafeBufferPointer<UInt8>) {
            if failure == nil { failure = FileSystem.writeAll(bytes, to: fd) }
        }

        mutating func flush() {
            if failure == nil { failure = gathered.withUnsafeBufferPointer { FileSystem.writeAll($0, to: fd) } }
            gathered.removeAll(keepingCapacity: true)
        }
    }

    /// Writes a file that must not exist, or (with `replacing`) may exist as an ordinary file: never through a link,
    /// even one that points nowhere.
    ///
    /// Returns false, writing nothing, when the file exists and is not to be replaced.
    public static func writeNew(_ text: String, to path: String, replacing: Bool) throws -> Bool {
        let flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (replacing ? 0 : O_EXCL)
        let fd = open(path, flags, 0o644)
        if fd < 0 && errno == EEXIST && !replacing && kind(of: path) == .file { return false }
        guard fd >= 0 else {
            throw Failure(
                path, reason: errno == ELOOP || kind(of: path) == .link ? "it is a link" : String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(path, reason: "not a regular file") }
        guard ftruncate(fd, 0) == 0 else { throw Failure(path, errno: errno) }
        var text = text
        if let failure = text.withUTF8({ writeAll($0, to: fd) }) { throw Failure(path, errno: failure) }
        return true
    }

    public static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { buffer in try write(buffer, to: path) }
    }

    /// Writes a file piece by piece as `produce` hands the pieces over, so a large page is never whole in memory; small
    /// pieces are gathered into writes of 64 KB.
    ///
    /// After a failed write the rest of the pieces are dropped, and the failure is thrown at the end.
    public static func write(to path: String, _ produce: (_ emit: (String) -> Void) -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        defer { close(fd) }
        try writePieces(to: fd, path: path, produce)
    }

    /// Makes a new file at `path` and writes it piece by piece as `write(to:_:)` does; nil, before `produce` is called,
    /// when anything is at `path` already (a file, a folder, a link, even one that points nowhere), so nothing is ever
    /// written into what was there or through a link.
    ///
    /// Returns the file's identity as written, looked up on the open file (no second look-up of its path).
    public static func writeNewFile(to path: String, _ produce: (_ emit: (String) -> Void) -> Void) throws -> FileIdentity? {
        try creatingNewFile(path) { try writePieces(to: $0, path: path, produce) }
    }

    /// Makes a new file at `path` holding `bytes`, as `writeNewFile(to:_:)` does.
    public static func writeNewFile(_ bytes: [UInt8], to path: String) throws -> FileIdentity? {
        try creatingNewFile(path) { fd in
            if let failure = bytes.withUnsafeBufferPointer({ writeAll($0, to: fd) }) { throw Failure(path, errno: failure) }
        }
    }

    /// Opens a new file at `path` (`O_EXCL`: nil when anything is there), writes it with `write`, and returns its
    /// identity once written.
    private static func creatingNewFile(_ path: String, _ write: (_ fd: Int32) throws -> Void) throws -> FileIdentity? {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == EEXIST { return nil }
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        defer { close(fd) }
        try write(fd)
        guard let identity = FileIdentity(openFile: fd) else { throw Failure(path, errno: errno) }
        return identity
    }

    /// The pieces `produce` hands over, written to the open file `fd`; the first failure is thrown at the end.
    private static func writePieces(to fd: Int32, path: String, _ produce: (_ emit: (String) -> Void) -> Void) throws {
        var writer = PieceWriter(fd)
        // A file of one piece (most pages) is written straight from its string, with no copy.
        var first: String? = nil
        var pieces = 0
        produce { piece in
            pieces += 1
            if pieces == 1 {
                first = piece
                return
            }
            if var held = first {
                first = nil
                held.withUTF8 { writer.add($0) }
            }
            var piece = piece
            piece.withUTF8 { writer.add($0) }
        }
        if var first {
            first.withUTF8 { writer.send($0) }
        }
        writer.flush()
        if let failure = writer.failure { throw Failure(path, errno: failure) }
    }

    /// Makes a folder and any missing folders above it; one that exists already is fine, so threads may race.
    ///
    /// Returns whether the folder was there already.
    @discardableResult
    public static func createDirectory(_ path: String) throws -> Bool {
        if mkdir(path, 0o755) == 0 { return false }
        if errno == EEXIST { return true }
        guard errno == ENOENT else { throw Failure(path, errno: errno) }
        let parent = Path.directory(of: path)
        guard !parent.isEmpty && parent != path else { throw Failure(path, errno: ENOENT) }
        try createDirectory(parent)
        if mkdir(path, 0o755) == 0 { return false }
        if errno == EEXIST { return true }
        throw Failure(path, errno: errno)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The absolute, symlink-free form of a path; for a path that does not exist yet, its nearest existing folder's
    /// form with the rest added.
    public static func canonicalPath(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = Path.directory(of: path)
        let name = Path.fileName(of: path)
        let base = canonicalPath(parent.isEmpty ? "." : parent)
        return base == "/" ? "/" + name : base + "/" + name
    }

    /// Swaps two paths in one step (Linux's `renameat2` with `RENAME_EXCHANGE`), so there is no moment when either is
    /// missing.
    ///
    /// False when the system or the file system cannot; then nothing has changed.
    public static func exchange(_ first: String, _ second: String) throws -> Bool {
        guard let renameat2 = exchangeCall else { return false }
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, 2 /* RENAME_EXCHANGE */) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return false }
        throw Failure(first, errno: errno)
    }

    /// glibc's `renameat2`, which Swift's Glibc module does not declare; looked up once.
    private static let exchangeCall:
        (@convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32)? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(
                symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32).self)
        }()

    /// Renames, replacing a file (not a folder) at the destination.
    public static func rename(_ from: String, to destination: String) throws {
        if Glibc.rename(from, destination) != 0 { throw Failure(from, errno: errno) }
    }

    /// Removes a file or a whole folder.
    public static func remove(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            for entry in try entries(of: path) { try remove(path + "/" + entry.name) }
            if rmdir(path) != 0 { throw Failure(path, errno: errno) }
        } else if unlink(path) != 0 {
            throw Failure(path, errno: errno)
        }
    }

    /// Removes a whole folder, a depth at a time: the folders of one depth in parallel, each read once, its files
    /// removed and its folders passed on to the next depth; then the folders, deepest first.
    ///
    /// Only the folders are listed whole: a site of 10,000 guides has 61,000 files, and a list of them all added about
    /// 10 MB to the peak at the end of a build.
    public static func removeInParallel(_ path: String) throws {
        guard kind(of: path) == .directory else { return try remove(path) }  // a link is removed, not followed
        var depths: [[String]] = []
        var depth = [path]
        while !depth.isEmpty {
            depths.append(depth)
            let found = Parallel.map(depth) { folder -> (folders: [String], failure: String?) in
                var folders: [String] = []
                do {
                    for entry in try entries(of: folder) {
                        let child = folder + "/" + entry.name
                        if entry.isDirectory {
                            folders.append(child)
                        } else if unlink(child) != 0 {
                            return (folders, Failure(child, errno: errno).description)
                        }
                    }
                } catch {
                    return (folders, "\(error)")
                }
                return (folders, nil)
            }
            if let failure = found.compactMap(\.failure).first { throw Failure(path, reason: failure) }
            depth = found.flatMap(\.folders)
        }
        for folders in depths.reversed() {
            let failures = Parallel.map(folders) { rmdir($0) == 0 ? nil : Failure($0, errno: errno).description }
            if let failure = failures.compactMap({ $0 }).first { throw Failure(path, reason: failure) }
        }
    }

    /// A second name for a file (a hard link), or a copy of it where the disk cannot link (another file system).
    public static func linkOrCopy(_ from: String, to destination: String) throws {
        if link(from, destination) == 0 { return }
        try copyFile(from, to: destination)
    }

    public static func copyFile(_ from: String, to destination: String) throws {
        try write(try readBytes(from), to: destination)
    }

    /// A folder's entries, sorted by name, without `.` and `..`.
    ///
    /// A link is reported as a link, never as what it points to, so nothing that walks or removes a folder follows one.
    public static func entries(of path: String) throws -> [Entry] {
        try identifiedEntries(of: path).entries
    }

    /// `entries(of:)`, and the folder's identity as it was opened, before its entries were read (none when it cannot
    /// be looked up).
    static func identifiedEntries(of path: String) throws -> (entries: [Entry], identity: FileIdentity?) {
        guard let directory = opendir(path) else { throw Failure(path, errno: errno) }
        defer { closedir(directory) }
        let identity = FileIdentity(openFile: dirfd(directory))
        var result: [Entry] = []
        while let entry = readdir(directory) {
            // Read the name in place: a dirent is only as long as its name, so copying the whole
            // 256-byte `d_name` can read past the end of readdir's buffer.
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let kind: Entry.Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = Self.kind(of: path + "/" + name)
            default: kind = .other
            }
            result.append(Entry(name: name, kind: kind))
        }
        return (result.sorted { $0.name < $1.name }, identity)
    }

    /// What is at a path, without following a link.
    static func kind(of path: String) -> Entry.Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Every regular file under a folder, as paths relative to it, sorted, skipping hidden files and folders;
    /// what `listing(of:)` refuses is left out.
    public static func files(under root: String) throws -> [String] {
        try listing(of: root).files
    }

    /// Every regular file under a folder, sorted, and what was refused: a link that leads outside the folder, to a
    /// folder, or nowhere; a pipe, socket or device; folders nested deeper than `maxDepth`.
    ///
    /// A link to a file inside the folder is listed under its own name (reading it reads that file). Hidden files and
    /// folders are skipped. The walk keeps its own list of folders to visit, so no depth of folders can exhaust the
    /// stack.
    public static func listing(of root: String, maxDepth: Int = FolderListing.maxDepth) throws -> FolderListing {
        var listing = FolderListing()
        let canonicalRoot = canonicalPath(root)
        var folders: [(relative: String, depth: Int)] = [("", 0)]
        while let (relative, depth) = folders.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            var below: [(String, Int)] = []
            let (entries, identity) = try identifiedEntries(of: absolute)
            // A folder that cannot be looked up is recorded as a file, which no folder is found as again.
            listing.folders.append(
                .init(
                    path: relative,
                    identity: identity ?? FileIdentity(inode: 0, size: 0, modified: 0, changed: 0, isDirectory: false)))
            for entry in entries where !entry.name.hasPrefix(".") {
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                switch entry.kind {
                case .file:
                    listing.files.append(path)
                case .directory:
                    if depth + 1 > maxDepth {
                        listing.refused.append(.init(path: path, reason: .tooDeep(maxDepth)))
                    } else {
                        below.append((path, depth + 1))
                    }
                case .link:
                    let target = linkTarget(root + "/" + path)
                    guard let resolved = realpath(root + "/" + path, nil) else {
                        listing.refused.append(.init(path: path, reason: .brokenLink(target: target)))
                        continue
                    }
                    let destination = String(cString: resolved)
                    free(resolved)
                    if destination != canonicalRoot && !destination.hasPrefix(canonicalRoot == "/" ? "/" : canonicalRoot + "/") {
                        listing.refused.append(.init(path: path, reason: .linkOutside(target: target)))
                    } else if kind(of: destination) != .file {
                        listing.refused.append(.init(path: path, reason: .linkToFolder(target: target)))
                    } else {
                        listing.files.append(path)
                        listing.followsLinks = true
                    }
                case .other:
                    listing.refused.append(.init(path: path, reason: .notAFile))
                }
            }
            folders.append(contentsOf: below.reversed())
        }
        listing.files.sort()
        return listing
    }

    /// Where a link points, as it is written; empty when it cannot be read.
    static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// One entry of a folder.
    public struct Entry: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case file, directory, link
            /// A pipe, socket or device.
            case other
        }

        public let name: String
        public let kind: Kind
        /// A real folder, not a link to one.
        public var isDirectory: Bool { kind == .directory }
    }
}
