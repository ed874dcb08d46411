import CFuzzer
import Content
import Foundation
import OpenReferral

/// An Open Referral UK file from another system: each record imported, written as YAML, read back as a build
/// reads it, and exported again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    guard let records = try? OpenReferralImport.parse(Data(bytes: data, count: size)) else { return 0 }
    var services: [Service] = []
    for case .success(let imported) in records {
        let yaml = ServiceYAML.write(imported.service)
        let (service, _) = ContentLoader.readServiceRecord(yaml, path: imported.service.sourcePath, display: "fuzz.yaml")
        services.append(service)
    }
    _ = OpenReferralExport.json(services, config: SiteConfig(title: "PALS", organisation: "Trust"), wording: .english)
    return 0
}

var arguments = CommandLine.argc
var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &values) { data, size in fuzz(data, size) })
