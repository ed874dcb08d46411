import CLouis
import Foundation
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// One loaded copy of liblouis, the lock that lets one thread at a time use it, and what it has translated.
final class LouisInstance: @unchecked Sendable {
    typealias Translate =
        @convention(c) (
            UnsafePointer<CChar>?, UnsafePointer<widechar>?, UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<widechar>?,
            UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<formtype>?, UnsafeMutablePointer<CChar>?, Int32
        ) -> Int32
    typealias GetTable = @convention(c) (UnsafePointer<CChar>?) -> UnsafeRawPointer?

    let translate: Translate
    let backTranslate: Translate
    let getTable: GetTable
    let lock = Lock()
    /// Print pieces this copy has translated, with their braille; used only with `lock` held.
    var translated = TranslatedPieces()

    /// The copy of liblouis that Signpost is linked with.
    init() {
        translate = lou_translateString
        backTranslate = lou_backTranslateString
        getTable = lou_getTable
    }

    private init(translate: Translate, backTranslate: Translate, getTable: GetTable) {
        self.translate = translate
        self.backTranslate = backTranslate
        self.getTable = getTable
    }

    /// Another copy of liblouis with globals of its own (glibc's `dlmopen`); nil where that cannot be done.
    static func separateCopy() -> LouisInstance? {
        #if os(Linux)
            guard let path = loadedLibraryPath(),
                let handle = signpost_load_separate_copy(path, RTLD_NOW | RTLD_LOCAL),
                let translate = dlsym(handle, "lou_translateString"),
                let backTranslate = dlsym(handle, "lou_backTranslateString"),
                let getTable = dlsym(handle, "lou_getTable")
            else { return nil }
            return LouisInstance(
                translate: unsafeBitCast(translate, to: Translate.self),
                backTranslate: unsafeBitCast(backTranslate, to: Translate.self),
                getTable: unsafeBitCast(getTable, to: GetTable.self))
        #else
            return nil
        #endif
    }

    /// The file of the liblouis this process has loaded, from /proc/self/maps (read in a loop: files in
    /// /proc report no size).
    private static func loadedLibraryPath() -> String? {
        let file = open("/proc/self/maps", O_RDONLY)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(file, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard let slash = line.firstIndex(of: "/") else { continue }
            let path = line[slash...]
            if path.contains("/liblouis.so") { return String(path) }
        }
        return nil
    }
}
