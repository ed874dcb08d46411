import ArgumentParser
import Site

/// What `signpost build` is asked to do: `BuildCommand`'s options, as plain values.
struct BuildRequest: Equatable {
    var content = "Content"
    var templates: String?
    var output = "Site"
    var strict = false
    var only: [SiteOutput] = []
    var noCache = false

    /// `0.52 s`: a build's time to the hundredth of a second, as its last line says it, without `String(format:)`,
    /// whose first use (a C argument list) looks up its types at run time, 1% of a build with nothing to do.
    static func seconds(_ seconds: Double) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }

    /// Builds the site, and prints what the build found and did.
    func run() throws {
        let report: BuildReport
        do {
            var options = try SiteFolders.options(
                content: content, templates: templates, output: output, strict: strict, today: Today.date(),
                only: Set(only))
            options.cache = noCache ? .fromNothing : .reuse
            options.endsProcess = true
            report = try SiteBuilder.build(options) { step in Terminal.progress(step.label) }
        } catch {
            Terminal.fail(error)
            throw ExitCode(2)
        }
        Terminal.report(report.diagnostics)
        let counts =
            "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
        let time = Self.seconds(report.seconds)
        if report.unchanged {
            print("Nothing has changed since the last build: \(output)/ has all \(report.pageCount) pages (\(time)): \(counts).")
        } else if report.written {
            let kept =
                report.keptPages == 0
                ? "" : " (\(report.keptPages) unchanged guides and pages kept as the last build made them)"
            print("Built \(report.pageCount) pages into \(output)/ in \(time)\(kept): \(counts).")
        } else {
            print("Build failed: \(counts). \(output)/ was not changed.")
            throw ContentFailure()
        }
    }
}
