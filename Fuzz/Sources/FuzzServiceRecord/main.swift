import CFuzzer
import Content
import Glibc

/// A service record as an editor writes it: its YAML, settings, opening hours, phone numbers and Markdown
/// description; then written back as YAML and read again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (service, _) = ContentLoader.readServiceRecord(text, path: "services/fuzz.yaml", display: "fuzz.yaml")
    _ = ContentLoader.readServiceRecord(ServiceYAML.write(service), path: "services/fuzz.yaml", display: "fuzz.yaml")
    _ = PhoneNumber.grouped(text)
    _ = PhoneNumber.isUKNumber(text)
    _ = PhoneNumber.telURL(text)
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
