import Site

/// `signpost build`'s command line in its plainest form, read without ArgumentParser.
///
/// ArgumentParser learns a command's options by reflecting on its type (`Mirror`), and the Swift runtime works out
/// each type it meets there the first time by searching the binary's table of conformances, about 8,300 of them:
/// 3 ms of every run, a tenth of a build with nothing to do at 1,000 guides. A build named the usual way skips that.
/// Any other command line, or any form this does not read (help, `--output=Site`, a mistake), is ArgumentParser's,
/// which explains what is wrong; `BuildRequestTests` checks that each line read here is read as ArgumentParser reads
/// it.
extension BuildRequest {
    /// The request of `arguments` (those after the program's name) when they are `build` followed only by
    /// `--content DIR`, `--templates DIR`, `--output DIR`, `--strict`, `--no-cache` and `--only OUTPUT...`, in any
    /// order, each at most once, and each value an argument of its own that does not start with `-`; nil otherwise.
    init?(quickly arguments: [String]) {
        guard arguments.first == "build" else { return nil }
        var given: Set<String> = []
        var rest = arguments.dropFirst()
        /// The next argument, when it is a value (not an option), taken.
        func value() -> String? {
            guard let next = rest.first, !next.hasPrefix("-") else { return nil }
            rest.removeFirst()
            return next
        }
        while let option = rest.popFirst() {
            guard given.insert(option).inserted else { return nil }
            switch option {
            case "--content":
                guard let folder = value() else { return nil }
                content = folder
            case "--templates":
                guard let folder = value() else { return nil }
                templates = folder
            case "--output":
                guard let folder = value() else { return nil }
                output = folder
            case "--strict": strict = true
            case "--no-cache": noCache = true
            case "--only":
                while let name = value() {
                    guard let chosen = SiteOutput(rawValue: name) else { return nil }
                    only.append(chosen)
                }
                guard !only.isEmpty else { return nil }
            default: return nil
            }
        }
    }
}
