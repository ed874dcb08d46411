import Utilities

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the site beside the output folder, then swaps it in, so a reader never sees half a site
/// and a failed build leaves the previous one as it was.
enum SiteWriter {
    static func write(
        _ files: [FileJob], copies: [(from: String, to: String)], to output: String, willSwap: () -> Void = {}
    ) throws {
        let output = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        let staging = output + ".building-\(getpid())"
        let previous = output + ".previous-\(getpid())"
        for path in files.map(\.path) + copies.map(\.to) where !isInside(path) {
            throw EnvironmentError("refusing to write `\(path)`: it is outside the output folder")
        }
        try? FileSystem.remove(staging)
        do {
            try FileSystem.createDirectory(staging)
            let folders = Set((files.map(\.path) + copies.map(\.to)).map { Path.directory(of: $0) }).sorted()
            for folder in folders where !folder.isEmpty { try FileSystem.createDirectory(staging + "/" + folder) }
            let failures = Parallel.map(files) { file -> String? in
                do {
                    try FileSystem.write(file.make(), to: staging + "/" + file.path)
                    return nil
                } catch { return "\(error)" }
            }
            if let failure = failures.compactMap({ $0 }).first { throw EnvironmentError("cannot write the site: \(failure)") }
            for copy in copies { try FileSystem.copyFile(copy.from, to: staging + "/" + copy.to) }
            willSwap()
            if FileSystem.exists(output) { try FileSystem.rename(output, to: previous) }
            do {
                try FileSystem.rename(staging, to: output)
            } catch {
                if FileSystem.exists(previous) { try? FileSystem.rename(previous, to: output) }
                throw error
            }
            try? FileSystem.removeInParallel(previous)
        } catch {
            try? FileSystem.remove(staging)
            throw error as? EnvironmentError ?? EnvironmentError("cannot write the site: \(error)")
        }
    }

    /// A relative path with no `..` or empty parts.
    static func isInside(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
