#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Other programs Signpost runs (Chromium to print, pandoc to read Word files), found as a shell would find them.
public enum Programs {
    /// The first of `names` that can be run, looked for in each folder of the `PATH` in `environment` and then in
    /// `/usr/bin`, every folder for a name before the next name; nil when none is installed.
    public static func find(_ names: [String], environment: [String: String]) -> String? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        for name in names {
            for folder in folders where access(folder + "/" + name, X_OK) == 0 {
                return folder + "/" + name
            }
        }
        return nil
    }
}
