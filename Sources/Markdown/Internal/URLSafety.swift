/// Which link destinations are never allowed, whatever the site allows.
enum URLSafety {
    /// `javascript:`, `vbscript:` and `file:` links, and `data:` ones other than pictures,
    /// as libcmark's safe mode judges them (case and leading spaces ignored).
    static func isUnsafe(_ destination: String) -> Bool {
        let lowered = destination.drop { $0 == " " || $0 == "\t" || $0 == "\n" }.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) {
            return true
        }
        if lowered.hasPrefix("data:") {
            let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !images.contains { lowered.hasPrefix($0) }
        }
        return false
    }
}
