// swift-tools-version: 6.0
// Signpost's fuzz targets: libFuzzer executables over the stages that read what editors and other systems write.
// Built by `make fuzz` (and `make fuzz-smoke`) with `-sanitize=fuzzer,address`, in debug so that `@testable import`
// reaches the internal readers. Each target's main hands its `LLVMFuzzerTestOneInput` to libFuzzer's driver.
// See Fuzz/README.md.
import PackageDescription

let package = Package(
    name: "SignpostFuzz",
    dependencies: [.package(name: "Signpost", path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "FuzzPage", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
        .executableTarget(
            name: "FuzzMarkdown", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
        .executableTarget(
            name: "FuzzServiceRecord", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
        .executableTarget(
            name: "FuzzSiteConfig", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
        .executableTarget(
            name: "FuzzYAML", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
        .executableTarget(
            name: "FuzzOpenReferral", dependencies: ["CFuzzer", .product(name: "SignpostContent", package: "Signpost")]),
    ]
)
