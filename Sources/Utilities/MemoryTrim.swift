#if canImport(Glibc)
    import Glibc
#endif

/// Gives memory the process has freed back to the system.
public enum MemoryTrim {
    /// After a stage lets go of much memory in small blocks (the search index's words, gathered while pages load),
    /// glibc keeps it for the process; trimming returns it, so the next stage's peak does not stand on top of it.
    /// `malloc_trim` is declared in `<malloc.h>`, which Swift's Glibc module leaves out, so it is looked up by name.
    public static func now() {
        #if canImport(Glibc)
            typealias MallocTrim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
