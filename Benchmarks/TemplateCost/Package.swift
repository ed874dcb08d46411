// swift-tools-version: 6.0
// What one `{{key}}` costs in swift-mustache, the template engine Signpost used, and in Signpost's own TemplateEngine:
// a benchmark, run by `swift run -c release --package-path Benchmarks/TemplateCost` (see Benchmarks/README.md).
// Sources/TemplateEngine and the files of Sources/Utilities it uses (Escape.swift, Parallel.swift, Lock.swift) are
// links to the main package's files, so this package builds the engine as it is without depending on the main package
// and all of its dependencies.
import PackageDescription

let package = Package(
    name: "TemplateCost",
    dependencies: [.package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1")],
    targets: [
        .target(name: "Utilities"),
        .target(name: "TemplateEngine", dependencies: ["Utilities"]),
        .executableTarget(
            name: "TemplateCost",
            dependencies: ["TemplateEngine", .product(name: "Mustache", package: "swift-mustache")]
        ),
    ]
)
