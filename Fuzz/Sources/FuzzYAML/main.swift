import CFuzzer
import Glibc

@testable import Content

/// Any text: what `PlainYAML` reads, it reads as libyaml does (the same tree, styles and places), or it stops.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    // Both make their trees by recursion: as in a build, nothing too deep is read.
    guard YAMLDepth.firstTooDeep(text) == nil, let plain = PlainYAML.parse(text) else { return 0 }
    let libyaml = try? YAMLNode.libyaml(text)
    if plain != libyaml {
        print("PlainYAML and libyaml differ on:\n\(text)\nPlainYAML: \(plain)\nlibyaml: \(String(describing: libyaml))")
        abort()
    }
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
