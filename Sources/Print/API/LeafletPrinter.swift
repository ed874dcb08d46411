import Content
import Diagnostics
import Foundation
import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// Turns the leaflet pages of a built site (`leaflets/**/*.html`) into PDF with a headless Chromium, which writes
/// tagged PDFs (headings, alt text, language) with a document outline.
///
/// Each PDF is written beside its page. Chromium reads the pages through a local web server on 127.0.0.1 acting as its
/// proxy, at the site's own address (over plain HTTP), so pictures and stylesheets load as on the website and the links
/// in the PDF name the website.
public enum LeafletPrinter {
    /// The browsers tried, in order, on the PATH and then in /usr/bin.
    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The Chromium to print with, or nil when none is installed.
    public static func findChromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["SIGNPOST_CHROMIUM"], !chosen.isEmpty {
            return FileSystem.exists(chosen) ? chosen : nil
        }
        return Programs.find(browserNames, environment: environment)
    }

    /// The leaflet pages of the site at `site`, in its own language and in each of `languages` (under their
    /// folders: `pl/leaflets/`), or those of one guide: `only` is its path as an editor knows it
    /// (`concerns/making-a-complaint`, `guides/concerns/making-a-complaint.md` or `Content/...`).
    public static func leaflets(in site: String, languages: [SiteLanguage] = [], only: String? = nil) throws -> [String] {
        guard FileSystem.isDirectory(site + "/leaflets") else {
            throw EnvironmentError(
                "there are no leaflets in `\(site)/leaflets`", at: site, hint: "build the site first with `signpost build`")
        }
        var all: [String] = []
        for folder in [""] + languages.map(\.folder) where FileSystem.isDirectory(site + "/" + folder + "leaflets") {
            all += try FileSystem.files(under: site + "/" + folder + "leaflets").filter { $0.hasSuffix(".html") }
                .map { folder + "leaflets/" + $0 }
        }
        all.sort()
        guard let only else { return all }
        var name = only
        for prefix in ["Content/", "guides/", "easy-read/", "leaflets/"] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        for suffix in [".md", ".html", "/"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        let wanted = Set(
            ([""] + languages.map(\.folder)).flatMap { folder in
                LeafletEdition.allCases.map { folder + "leaflets/" + name + $0.suffix + ".html" }
            })
        let chosen = all.filter { wanted.contains($0) }
        guard !chosen.isEmpty else {
            throw EnvironmentError(
                "there is no leaflet for `\(only)` in `\(site)/leaflets`", at: site,
                hint: "give a guide's path, for example `concerns/making-a-complaint`")
        }
        return chosen
    }

    /// Prints each leaflet page to a PDF beside it, several at once, and returns the PDFs' paths in the site.
    public static func print(
        _ leaflets: [String], site: String, config: SiteConfig, chromium: String,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> [String] {
        let origin = "http://" + config.baseURL.drop { $0 != ":" }.dropFirst(3)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("signpost-print-\(getpid())").path
        defer { try? FileSystem.remove(profile) }
        let server = SiteFileServer(root: site, basePath: config.basePath)
        let failures = try await server.serving { proxy in
            Parallel.map(Array(leaflets.enumerated())) { index, page -> String? in
                let pdf = String(page.dropLast(".html".count)) + ".pdf"
                progress(pdf)
                return printOne(
                    url: (origin.hasSuffix("/") ? origin : origin + "/") + page, proxy: proxy, to: site + "/" + pdf,
                    chromium: chromium, profile: profile + "/\(index)")
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw EnvironmentError(failure, at: site, hint: "check that Chromium runs, then run `signpost print` again")
        }
        return leaflets.map { String($0.dropLast(".html".count)) + ".pdf" }
    }

    /// The Chromium flags: a tagged PDF with an outline, no header or footer of Chromium's own, and every
    /// request through the local server (which serves only the site), never upgraded to HTTPS.
    static func arguments(url: String, proxy: String, pdf: String, profile: String) -> [String] {
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
            "--proxy-server=" + proxy, "--proxy-bypass-list=<-loopback>", "--disable-features=HttpsUpgrades",
            "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=" + pdf,
        ]
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        return arguments + [url]
    }

    private static func printOne(url: String, proxy: String, to pdf: String, chromium: String, profile: String) -> String? {
        try? FileSystem.remove(pdf)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = arguments(url: url, proxy: proxy, pdf: pdf, profile: profile)
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return "cannot run \(chromium): \(error)"
        }
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileSystem.exists(pdf) else {
            let tail = String(decoding: messages, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: "\n")
            return "Chromium could not print \(url) (exit \(process.terminationStatus)):\n\(tail)"
        }
        return nil
    }
}
