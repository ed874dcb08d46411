#if canImport(Glibc)
    import Glibc
#endif

/// How the process asks glibc for memory.
enum MemoryPolicy {
    /// Keeps every block of 1 MB or more in its own mapping, returned to the system when freed.
    ///
    /// glibc raises that threshold each time such a block is freed, so after the first large pages a build's
    /// section pages and report rows come from the shared heap and fragment it. Fixing the threshold (at 128 KB)
    /// took the peak of a 10,000-guide build from about 130 MB to 123 MB (`Benchmarks/run`), at no cost in time.
    /// At 1 MB, a freed block of 128 KB to 1 MB is used again from the heap, not mapped afresh and filled with zeros
    /// page by page (page faults were an eighth of an edit's CPU): a cold build at 10,000 guides takes 5 to 7% less
    /// time, an edit there 4% less, for 1 to 3 MB more at the peak.
    /// `mallopt` is declared in `<malloc.h>`, which Swift's Glibc module leaves out, so it is looked up by name.
    static func apply() {
        #if canImport(Glibc)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
            guard let symbol = dlsym(nil, "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 1024 * 1024)
        #endif
    }
}
