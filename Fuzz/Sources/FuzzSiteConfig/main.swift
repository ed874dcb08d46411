import CFuzzer
import Glibc

@testable import Content

/// `site.yaml` and `checks.yaml` as an editor writes them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = SiteConfigReader.read(text, path: "site.yaml", sink: DiagnosticSink())
    _ = CheckListsReader.read(text, path: "checks.yaml", sink: DiagnosticSink())
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
