import Content

#if canImport(Glibc)
    import Glibc
#endif

/// Today's date in the trust's time zone (`Day.inLondon`); `SIGNPOST_TODAY=YYYY-MM-DD` fixes it for tests.
enum Today {
    static func date() -> Day {
        if let fixed = getenv("SIGNPOST_TODAY"), let day = Day(iso: String(cString: fixed)) { return day }
        return Day.inLondon(atSecondsSince1970: Int(time(nil)))
    }
}
