import CWebRequests
import Diagnostics

/// HEAD requests through libcurl, which is loaded the first time a check asks (`CWebRequests`): a build, and every
/// other command, starts without it and the libraries it needs.
enum WebRequests {
    /// Why a request had no answer, in libcurl's words.
    struct Failure: Error {
        /// Whether the text is not an http or https address at all, rather than one that did not answer.
        let notAnAddress: Bool
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
        let outcome = signpost_web_head(url, timeoutMilliseconds, &status, &error, error.count)
        guard Int(outcome) == SIGNPOST_WEB_ANSWERED else {
            let reason = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(Failure(notAnAddress: Int(outcome) == SIGNPOST_WEB_NOT_AN_ADDRESS, reason: reason))
        }
        return .success(status)
    }
}
