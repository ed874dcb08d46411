import Foundation
import Testing

/// Options the `signpost` binary checks before it does anything (`swift build` makes it; `make test` builds it
/// before the tests).
@Suite struct CommandLineTests {
    /// Runs the binary; its exit status and what it wrote to standard error.
    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let binary = SiteFixture.repository.appendingPathComponent(".build/debug/signpost")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = SiteFixture.repository
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(arguments: ["70000", "0", "-1"])
    func aPortOutsideOneTo65535IsRefused(port: String) throws {
        let (status, errors) = try run(["serve", "--port=\(port)"])
        #expect(status == 2)
        #expect(errors.hasPrefix("Error: --port must be a number from 1 to 65535, not \(port)\n"))
    }
}
