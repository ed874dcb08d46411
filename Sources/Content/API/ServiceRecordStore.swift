import Utilities

/// What a build keeps of each service's record between builds (the build cache's `KnownServices`), so that a record
/// whose file is unchanged is not parsed again: `ContentLoader.readService` (from `ContentFolder.open`) asks it for each
/// record before reading the file.
///
/// A record is what reading the file gives before its description is rendered: the service and its problems. That
/// depends on the file's bytes, its path and display path, and the program alone, never on the rest of the site, so
/// it is kept by the file's fingerprint (its paths are kept in it and checked when it is read back). The bytes are
/// `ContentLoader`'s to write and read; the store only keeps them.
public protocol ServiceRecordStore: Sendable {
    /// The record kept for the file at `path` (under the content folder) as the file is now, if there is one.
    func kept(_ path: String) -> ArraySlice<UInt8>?
    /// The record just read from the file at `path`, whose bytes have the fingerprint `print`.
    func read(_ path: String, fingerprint print: Fingerprint, record: [UInt8])
}
