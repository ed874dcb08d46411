// swift-tools-version: 6.0
// What one `{{key}}` costs in swift-mustache, the template engine Signpost uses: a benchmark, run by
// `swift run -c release --package-path Benchmarks/TemplateCost` (see Benchmarks/README.md).
import PackageDescription

let package = Package(
    name: "TemplateCost",
    dependencies: [.package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1")],
    targets: [
        .executableTarget(name: "TemplateCost", dependencies: [.product(name: "Mustache", package: "swift-mustache")])
    ]
)
