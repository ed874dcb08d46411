#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fingerprints of a folder's files, each with the identity the file had when it was read, and when they were
/// taken: a file found later with the same identity is known without reading it again.
///
/// A file's times are only as fine as the disk keeps them, so a file changed just before it was read could change
/// again without its identity changing. A file whose change or modification time is less than `settling` before the
/// moment its fingerprint was taken is read again the next time; after that, any change to it moves its change time.
public struct FileFingerprints: Sendable {
    /// One file: its identity (its links followed) and its fingerprint.
    public struct Entry: Sendable, Equatable {
        public let identity: FileIdentity
        public let fingerprint: Fingerprint

        public init(identity: FileIdentity, fingerprint: Fingerprint) {
            self.identity = identity
            self.fingerprint = fingerprint
        }
    }

    /// How long a file's times must be older than the fingerprint for the fingerprint to be trusted: more than the
    /// coarsest time a disk keeps (two seconds, on FAT).
    public static let settling: Int64 = 3_000_000_000

    /// When the fingerprints were taken (nanoseconds since 1970, by the system clock), before any file was looked at.
    public let taken: Int64
    /// Each file's, by its path under the folder.
    public private(set) var entries: [String: Entry]
    /// The folder's listing the fingerprints were taken with, when it is known: while its folders are as they were
    /// (`FolderListing.isUnchanged(under:settledBefore:)`, given `taken`), it is the listing again.
    public let listing: FolderListing?

    public init(taken: Int64 = 0, entries: [String: Entry] = [:], listing: FolderListing? = nil) {
        self.taken = taken
        self.entries = entries
        self.listing = listing
    }

    /// The system clock now, in nanoseconds since 1970: the `taken` of fingerprints about to be taken.
    public static func now() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// The fingerprint of the file at `path` under `root` (`Fingerprint.ofFile`), taken from here when the file is as
    /// it was then and had settled, otherwise read; its entry for the next time, and whether it was read.
    ///
    /// `folder` is `root` held open, when it could be opened: each file is looked up from it, not from the top of the
    /// disk. A file that cannot be looked at or read has no entry: it is read again next time.
    public func fingerprint(
        of path: String, under root: String, openAs folder: OpenFolder? = nil
    ) -> (print: Fingerprint, entry: Entry?, read: Bool) {
        let location = root + "/" + path
        let found = folder.map { $0.identity(followingLinksAt: path) } ?? FileIdentity(followingLinksAt: location)
        guard let identity = found else { return (Fingerprint.ofFile(location), nil, true) }
        if let known = entries[path], known.identity == identity,
            identity.changed < taken - Self.settling, identity.modified < taken - Self.settling
        {
            return (known.fingerprint, known, false)
        }
        let print = Fingerprint.ofFile(location)
        return (print, print == Fingerprint.unreadable ? nil : Entry(identity: identity, fingerprint: print), true)
    }
}
