#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Substring {
    /// Where `needle` (ASCII text, such as a template's `{{t.`) first comes, found by its bytes (`memchr` for its first).
    ///
    /// Foundation's `range(of:)` bridges each search to `NSString`, which was most of the cost of loading the templates.
    /// An ASCII byte is never part of another character's UTF-8, so every place the bytes match is found, also where a
    /// combining mark follows and makes one `Character` of the last and the mark.
    public func firstRange(ofASCII needle: String) -> Range<Index>? {
        var (text, wanted) = (self, needle)
        let offset = text.withUTF8 { haystack in
            wanted.withUTF8 { needle -> Int? in
                precondition(needle.allSatisfy { $0 < 0x80 }, "an ASCII needle")
                guard let first = needle.first, let key = needle.baseAddress, let base = haystack.baseAddress else { return nil }
                // Only where the whole needle fits: never a byte past the text, nor past a substring's end.
                var from = 0
                while haystack.count - from >= needle.count,
                    let found = memchr(base + from, Int32(first), haystack.count - from - needle.count + 1)
                {
                    let at = UnsafeRawPointer(base).distance(to: found)
                    if memcmp(base + at, key, needle.count) == 0 { return at }
                    from = at + 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

extension String {
    /// Where `needle` (ASCII text) first comes, found by its bytes: `Substring.firstRange(ofASCII:)`.
    public func firstRange(ofASCII needle: String) -> Range<Index>? {
        self[...].firstRange(ofASCII: needle)
    }
}
