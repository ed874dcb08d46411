import ArgumentParser
import Site
import Testing

@testable import SignpostCLI

/// `signpost build`'s command line read quickly (`BuildRequest(quickly:)`) is read as ArgumentParser reads it, and
/// every other is left to ArgumentParser.
@Suite struct BuildRequestTests {
    /// Lines read quickly, each with what ArgumentParser makes of it too.
    static let plain: [[String]] = [
        ["build"],
        ["build", "--content", "Content"],
        ["build", "--content", "site/Content", "--templates", "site/Templates", "--output", "/srv/www"],
        ["build", "--output", "Public", "--content", "Content", "--strict"],
        ["build", "--no-cache"],
        ["build", "--strict", "--no-cache", "--output", "Site"],
        ["build", "--only", "web"],
        ["build", "--only", "web", "formats", "kiosk", "--strict"],
        ["build", "--only", "kiosk", "kiosk"],
        ["build", "--content", "", "--output", "out dir/with spaces"],
        ["build", "--templates", "Templates/", "--only", "formats", "--no-cache", "--content", "C"],
    ]

    @Test(arguments: plain)
    func aPlainLineIsReadAsArgumentParserReadsIt(line: [String]) throws {
        let quick = try #require(BuildRequest(quickly: line))
        let parsed = try #require(try Signpost.parseAsRoot(line) as? BuildCommand)
        #expect(quick == parsed.request)
    }

    /// Lines left to ArgumentParser: help, other commands, the `--option=value` form, a missing or unknown value, an
    /// option given twice, and anything it does not know (which ArgumentParser explains).
    @Test(arguments: [
        [], ["check"], ["serve", "--port", "8000"], ["build", "--help"], ["build", "-h"], ["--version"],
        ["build", "--output=Site"], ["build", "--output"], ["build", "--output", "--strict"], ["build", "--only"],
        ["build", "--only", "print"], ["build", "--only", "web", "--only", "kiosk"], ["build", "--strict", "--strict"],
        ["build", "--content", "-Content"], ["build", "Content"], ["build", "--", "--strict"], ["build", "--quiet"],
        ["Build"],
    ])
    func anyOtherLineIsLeftToArgumentParser(line: [String]) {
        #expect(BuildRequest(quickly: line) == nil)
    }

    /// A build's time as its last line says it, to the hundredth of a second.
    @Test(arguments: [
        (0.0, "0.00 s"), (0.004, "0.00 s"), (0.006, "0.01 s"), (0.52, "0.52 s"), (0.999, "1.00 s"), (1.05, "1.05 s"),
        (12.3456, "12.35 s"), (-0.1, "0.00 s"),
    ])
    func aBuildsTimeIsWrittenToTheHundredth(seconds: Double, text: String) {
        #expect(BuildRequest.seconds(seconds) == text)
    }
}
