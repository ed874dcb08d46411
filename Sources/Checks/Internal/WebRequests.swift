import CWebRequests
import Diagnostics

/// HEAD requests through libcurl, which is loaded the first time a check asks (`CWebRequests`): a build, and every
/// other command, starts without it and the libraries it needs.
enum WebRequests {
    /// Why a request had no answer: libcurl's words.
    struct Failure: Error {
        let reason: String
    }

    /// Loads libcurl, once for the process.
    ///
    /// - Throws: `EnvironmentError` when it cannot be loaded.
    static func load() throws {
        guard let why = signpost_web_requests_load() else { return }
        throw EnvironmentError(
            "cannot check links to other websites: libcurl cannot be loaded (\(String(cString: why)))", at: "libcurl.so.4",
            hint: "install it with `apt-get install libcurl4`, or check without --external")
    }

    /// The HTTP status `url` answers a HEAD request with, redirects followed, within `timeoutMilliseconds`.
    static func head(_ url: String, timeoutMilliseconds: Int) -> Result<Int, Failure> {
        var status = 0
        var error = [CChar](repeating: 0, count: 512)
        let answered = signpost_web_head(url, timeoutMilliseconds, &status, &error, error.count)
        guard answered == 1 else {
            return .failure(
                Failure(reason: String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)))
        }
        return .success(status)
    }
}
