#if canImport(Glibc)
    import Glibc
#endif

/// Tells which files under some folders were written, created, moved or removed, without looking at every file.
///
/// Linux's inotify, one watch a folder. Elsewhere there is none, and callers compare `FileStamp`s of every file
/// instead.
public final class DirectoryWatcher: @unchecked Sendable {
    #if canImport(Glibc)
        private let descriptor: Int32
        /// Watch descriptor to folder path (as the caller named the roots).
        private var folders: [Int32: String] = [:]
        private static let mask = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

        /// Watches every folder under `roots`; nil when the system cannot.
        public init?(roots: [String]) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            for root in roots where !watchTree(root) {
                close(descriptor)
                return nil
            }
        }

        deinit { close(descriptor) }

        /// The paths changed since the last call (hidden files left out), without waiting; nil when the
        /// system lost track (too many changes at once), and every file must be looked at.
        public func changes() -> Set<String>? {
            var changed = Set<String>()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        return (event.wd, event.mask, Int(event.len))
                    }
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let name = String(decoding: buffer[nameStart..<(nameStart + length)].prefix { $0 != 0 }, as: UTF8.self)
                    offset = nameStart + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
                    guard let folder = folders[watch], !name.isEmpty, !name.hasPrefix(".") else { continue }
                    let path = folder + "/" + name
                    if mask & UInt32(IN_ISDIR) != 0 {
                        if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                            _ = watchTree(path)
                            for file in (try? FileSystem.files(under: path)) ?? [] { changed.insert(path + "/" + file) }
                        } else {
                            return nil  // a folder moved away or removed: look at everything
                        }
                    } else {
                        changed.insert(path)
                    }
                }
            }
            return changed
        }

        private func watchTree(_ folder: String) -> Bool {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            guard watch >= 0 else { return false }
            folders[watch] = folder
            for entry in (try? FileSystem.entries(of: folder)) ?? [] where entry.isDirectory && !entry.name.hasPrefix(".") {
                guard watchTree(folder + "/" + entry.name) else { return false }
            }
            return true
        }
    #else
        public init?(roots: [String]) { return nil }
        public func changes() -> Set<String>? { nil }
    #endif
}
